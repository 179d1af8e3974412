import type { GraphQLFieldConfig, GraphQLInputType, GraphQLInterfaceType, GraphQLType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { deliveredContent, deliveryGraphQLTypes, type DeliveredContent } from '../../delivery/graphql'
import { costExtension } from '../../graphql/queryCost'
import { runSearch, type SearchRequestArgs, type SearchResults } from './runSearch'
import { MAX_FIRST } from '../searchContent'

type GraphQLLib = typeof import('graphql')
type Context = { req: PayloadRequest }

/** A hit as both APIs answer it: the delivered item plus why it matched and its highlighted text. */
export function searchHitsAsJSON({ hits, store }: SearchResults): Array<{ cursor: string; item: DeliveredContent; reasons: unknown; score: number; snippet: string; titleHtml: string }> {
  return hits.map((hit) => ({
    cursor: hit.cursor,
    item: deliveredContent(store, hit.item, hit.served),
    reasons: hit.reasons,
    score: hit.score,
    snippet: hit.snippet,
    titleHtml: hit.titleHtml,
  }))
}

/** `search(query, …)`, for Payload's schema and the fast delivery schema. */
export function searchQueries(GraphQL: GraphQLLib): Record<string, GraphQLFieldConfig<unknown, Context, any>> {
  const { GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const types = deliveryGraphQLTypes(GraphQL)
  const nonNull = <T extends GraphQLType>(t: T) => new GraphQLNonNull(t)
  const list = <T extends GraphQLType>(t: T) => new GraphQLList(new GraphQLNonNull(t))

  const Reason = new GraphQLObjectType({
    description: 'Why a hit matched.',
    fields: {
      condition: { description: 'condition / code: the condition tag (slug) that matched.', type: GraphQLString },
      field: { description: 'title, summary, body, variants or conditions.', type: nonNull(GraphQLString) },
      kind: { description: 'text (query words in a field), condition (a condition the query names, by name or synonym) or code (by ICD-10-CM code).', type: nonNull(GraphQLString) },
      value: { description: 'The words that matched, or the synonym, name or code the query used.', type: nonNull(GraphQLString) },
      via: { description: 'name, synonym or code.', type: GraphQLString },
    },
    name: 'SearchReason',
  })
  const Hit = new GraphQLObjectType({
    fields: {
      cursor: { type: nonNull(GraphQLString) },
      item: { type: nonNull(types.Content as GraphQLInterfaceType) },
      reasons: { type: nonNull(list(Reason)) },
      score: { type: nonNull(GraphQLFloat) },
      snippet: { description: 'HTML: a passage of the summary or body, escaped, the matching words in <mark>.', type: nonNull(GraphQLString) },
      titleHtml: { description: 'HTML: the title, escaped, the matching words in <mark>.', type: nonNull(GraphQLString) },
    },
    name: 'SearchHit',
  })
  const Understood = new GraphQLObjectType({
    description: 'A condition the query names.',
    fields: {
      condition: { description: 'Slug.', type: nonNull(GraphQLString) },
      name: { description: 'Its name in the language asked for.', type: nonNull(GraphQLString) },
      value: { description: 'The name, synonym or code that matched.', type: nonNull(GraphQLString) },
      via: { description: 'name, synonym or code.', type: nonNull(GraphQLString) },
    },
    name: 'SearchUnderstood',
  })
  const Results = new GraphQLObjectType({
    fields: {
      didYouMean: { description: 'A corrected query when nothing matched.', type: GraphQLString },
      hits: { type: nonNull(list(Hit)) },
      pageInfo: {
        type: nonNull(
          new GraphQLObjectType({
            fields: { endCursor: { type: GraphQLString }, hasNextPage: { type: nonNull(GraphQLBoolean) } },
            name: 'SearchPageInfo',
          }),
        ),
      },
      total: { description: 'Every servable match.', type: nonNull(GraphQLInt) },
      understood: { type: nonNull(list(Understood)) },
    },
    name: 'SearchResults',
  })

  return {
    search: {
      args: {
        after: { description: 'pageInfo.endCursor of the previous page.', type: GraphQLString },
        channel: { type: types.Channel as GraphQLInputType },
        filter: { defaultValue: false, description: 'Keep only items for `stage` and for one of `segments` (or everyone) instead of ranking them higher.', type: GraphQLBoolean },
        first: { defaultValue: 10, description: `1–${MAX_FIRST}.`, type: GraphQLInt },
        locale: { type: types.Locale as GraphQLInputType },
        prefix: { defaultValue: false, description: 'Typeahead: the last word may be unfinished.', type: GraphQLBoolean },
        query: { description: 'What the person typed (2–200 characters). Never a name, email, record number or date of birth.', type: nonNull(GraphQLString) },
        segments: { description: 'Segment slugs: boosted (filtered with `filter`).', type: list(GraphQLString) },
        stage: { description: 'Boosted (filtered with `filter`).', type: types.Stage as GraphQLInputType },
        types: { type: list(types.ContentType as GraphQLInputType) },
      },
      description: "Full-text search in patients' words: condition names and synonyms in English and Spanish, ICD-10-CM codes, typos, prefixes.",
      extensions: costExtension('search'),
      resolve: async (_source, args: SearchRequestArgs, { req }) => {
        const results = await runSearch(req, args)
        return { ...results, hits: searchHitsAsJSON(results) }
      },
      type: nonNull(Results),
    },
  }
}
