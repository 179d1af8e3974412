import type { GraphQLFieldConfig, GraphQLType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { CHANNELS } from '../taxonomy/channels'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { JOURNEY_STAGES } from '../taxonomy/journeyStages'
import { costExtension } from '../graphql/queryCost'
import { runContentFeed, runContentForCodes, runDeliveredItem, runPersonalizedContent } from './queries'
import { LOCALES } from '../taxonomy/locales'
import { programQueries } from '../programs/payload/graphql'
import { previewOrRedirect, websiteGraphQL } from '../seo/payload/graphql'
import { deliveredContent, TYPE_NAMES, type DeliveredContent } from './deliveredContent'

// Shared with REST (feed) and the fast path; kept importable from here.
export { deliveredContent, type DeliveredContent } from './deliveredContent'

type GraphQLLib = typeof import('graphql')
type Context = { req: PayloadRequest }

type DeliveryFields = Record<string, GraphQLFieldConfig<unknown, Context, any>>
/** The delivery types other delivery queries (search) build on: a schema may define each name once. */
export interface DeliveryGraphQLTypes {
  Channel: GraphQLType
  Content: GraphQLType
  ContentType: GraphQLType
  Locale: GraphQLType
  Stage: GraphQLType
}
const built = new WeakMap<GraphQLLib, { fields: DeliveryFields; types: DeliveryGraphQLTypes }>()

/** personalizedContent, contentForCodes and contentFeed, added to Payload's GraphQL schema (built once per GraphQL library). */
export function deliveryQueries(GraphQL: GraphQLLib): DeliveryFields {
  if (!built.has(GraphQL)) built.set(GraphQL, buildDeliveryQueries(GraphQL))
  return built.get(GraphQL)!.fields
}

export function deliveryGraphQLTypes(GraphQL: GraphQLLib): DeliveryGraphQLTypes {
  deliveryQueries(GraphQL)
  return built.get(GraphQL)!.types
}

function buildDeliveryQueries(GraphQL: GraphQLLib): { fields: DeliveryFields; types: DeliveryGraphQLTypes } {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLInputObjectType, GraphQLInt, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, GraphQLUnionType } = GraphQL
  const nonNull = <T extends GraphQLType>(t: T) => new GraphQLNonNull(t)
  const list = <T extends GraphQLType>(t: T) => new GraphQLList(new GraphQLNonNull(t))
  const enumOf = (name: string, values: readonly string[], description?: string) =>
    new GraphQLEnumType({ description, name, values: Object.fromEntries(values.map((v) => [v, { value: v }])) })

  const ContentType = enumOf('DeliveryContentType', CONTENT_TYPES)
  const Stage = enumOf('JourneyStage', JOURNEY_STAGES.map((s) => s.value), 'Patient-journey stage, in order.')
  const Channel = enumOf('DeliveryChannel', CHANNELS.map((c) => c.value))
  const Locale = enumOf('DeliveryLocale', LOCALES)
  const CodeSystem = enumOf('ClinicalCodeSystem', ['ICD10CM', 'SNOMEDCT'])
  const Audience = enumOf('InfoAudience', ['PATIENT', 'PROVIDER'])
  // SEO, JSON-LD, previews and redirects for the website (src/seo).
  const website = websiteGraphQL(GraphQL, ContentType)

  const CodeInput = new GraphQLInputObjectType({
    fields: { code: { type: nonNull(GraphQLString) }, system: { type: nonNull(CodeSystem) } },
    name: 'ClinicalCodeInput',
  })
  const ProfileInput = new GraphQLInputObjectType({
    description: 'Coarse attributes only. Anything that looks like a patient identifier is refused.',
    fields: {
      channel: { type: Channel },
      codes: { type: list(CodeInput) },
      conditions: { description: 'Condition slugs.', type: list(GraphQLString) },
      locale: { type: Locale },
      segments: { description: 'Segment slugs.', type: list(GraphQLString) },
      stage: { type: Stage },
    },
    name: 'ContentProfileInput',
  })

  const Reason = new GraphQLObjectType({
    fields: {
      condition: { type: GraphQLString },
      how: { description: 'exact, broader-code, parent-condition or child-condition', type: nonNull(GraphQLString) },
      kind: { description: 'condition, stage, segment or code', type: nonNull(GraphQLString) },
      matchedCode: { type: GraphQLString },
      value: { type: nonNull(GraphQLString) },
    },
    name: 'MatchReason',
  })
  const CodeMatch = new GraphQLObjectType({
    fields: {
      code: { description: 'The code asked for (normalized).', type: nonNull(GraphQLString) },
      condition: { type: nonNull(GraphQLString) },
      how: { description: 'exact, broader-code or parent-condition', type: nonNull(GraphQLString) },
      matchedCode: { type: nonNull(GraphQLString) },
      system: { type: nonNull(CodeSystem) },
    },
    name: 'CodeMatch',
  })

  const common = () => ({
    channels: { type: nonNull(list(Channel)) },
    codeMatch: { description: 'contentForCodes: which code matched and how.', type: CodeMatch },
    conditions: { description: 'Condition slugs.', type: nonNull(list(GraphQLString)) },
    cursor: { description: 'contentFeed: this item\'s position.', type: GraphQLString },
    id: { type: nonNull(GraphQLString) },
    locale: { type: nonNull(Locale) },
    localeFallback: { description: 'True when served in the other language because none exists in the one asked for.', type: nonNull(GraphQLBoolean) },
    publishedAt: { type: GraphQLString },
    reasons: { type: nonNull(list(Reason)) },
    score: { description: 'personalizedContent / contentForCodes ranking score.', type: GraphQLInt },
    segments: { description: 'Segment slugs; empty means everyone.', type: nonNull(list(GraphQLString)) },
    slug: { type: nonNull(GraphQLString) },
    stages: { type: nonNull(list(Stage)) },
    summary: { type: GraphQLString },
    title: { type: nonNull(GraphQLString) },
    type: { type: nonNull(ContentType) },
    updatedAt: { type: nonNull(GraphQLString) },
    variant: { description: 'Index of the segment variant served, or null for the main text.', type: GraphQLInt },
    ...website.contentFields,
  })
  const Content = new GraphQLInterfaceType({
    fields: common,
    name: 'DeliveredContent',
    resolveType: (value: DeliveredContent) => value.__typename,
  })
  const Location = new GraphQLObjectType({
    fields: Object.fromEntries(['name', 'street', 'city', 'state', 'postalCode'].map((f) => [f, { type: GraphQLString }])),
    name: 'DeliveredEventLocation',
  })
  const objectType = (name: string, fields: Record<string, { type: GraphQLType }>) =>
    new GraphQLObjectType({ fields: () => ({ ...common(), ...fields }) as never, interfaces: [Content], name })
  const types = [
    objectType('DeliveredArticle', { readingTimeMinutes: { type: GraphQLInt } }),
    objectType('DeliveredPamphlet', { pdf: { type: GraphQLString } }),
    objectType('DeliveredVideo', { durationSeconds: { type: GraphQLInt }, source: { type: GraphQLString }, url: { type: GraphQLString } }),
    objectType('DeliveredEvent', {
      attendance: { type: GraphQLString },
      capacity: { type: GraphQLInt },
      endsAt: { type: GraphQLString },
      kind: { type: GraphQLString },
      location: { type: Location },
      registrationUrl: { type: GraphQLString },
      startsAt: { type: GraphQLString },
      status: { type: GraphQLString },
      timeZone: { type: GraphQLString },
      virtualUrl: { type: GraphQLString },
    }),
  ]
  const DeliveredItem = new GraphQLUnionType({
    name: 'DeliveredItem',
    resolveType: (value: DeliveredContent) => value.__typename,
    types: [...types, website.Redirect],
  })

  const Tombstone = new GraphQLObjectType({
    fields: {
      cursor: { type: nonNull(GraphQLString) },
      id: { type: nonNull(GraphQLString) },
      reason: { description: 'unpublished, deleted or expired', type: nonNull(GraphQLString) },
      removedAt: { type: nonNull(GraphQLString) },
      slug: { type: nonNull(GraphQLString) },
      type: { type: nonNull(ContentType) },
    },
    name: 'ContentTombstone',
  })
  const FeedPage = new GraphQLObjectType({
    fields: {
      items: { type: nonNull(list(Content)) },
      pageInfo: {
        type: nonNull(
          new GraphQLObjectType({
            fields: { endCursor: { type: GraphQLString }, hasNextPage: { type: nonNull(GraphQLBoolean) } },
            name: 'ContentFeedPageInfo',
          }),
        ),
      },
      tombstones: { description: 'Items unpublished, deleted or expired since updatedSince: stop sending them.', type: nonNull(list(Tombstone)) },
      tombstonesCompleteSince: { description: 'Removals before this time may no longer be listed; resync if your last sync is older.', type: nonNull(GraphQLString) },
    },
    name: 'ContentFeedPage',
  })

  const fields: DeliveryFields = {
    ...programQueries(GraphQL, { Channel, Content, Locale, Stage }),
    ...website.queries,
    contentFeed: {
      extensions: costExtension('contentFeed'),
      args: {
        after: { type: GraphQLString },
        channel: { type: Channel },
        first: { defaultValue: 50, type: GraphQLInt },
        locale: { type: Locale },
        segment: { type: GraphQLString },
        stage: { type: nonNull(Stage) },
        types: { type: list(ContentType) },
        updatedSince: { description: 'ISO 8601 date-time.', type: GraphQLString },
      },
      description: 'Stage-tagged content for marketing automation, oldest change first, with tombstones. Needs an API client key.',
      resolve: async (_source, args, { req }) => {
        const { results, store } = await runContentFeed(req, args)
        return {
          ...results,
          items: results.items.map((r) => deliveredContent(store, r.item, r, { cursor: r.cursor })),
          tombstones: results.tombstones,
        }
      },
      type: nonNull(FeedPage),
    },
    contentForCodes: {
      extensions: costExtension('contentForCodes'),
      args: {
        audience: { defaultValue: 'PATIENT', type: Audience },
        codes: { type: nonNull(list(CodeInput)) },
        limit: { defaultValue: 10, type: GraphQLInt },
        locale: { type: Locale },
      },
      description: 'Content for the codes on a problem list: exact codes, then broader ICD-10-CM categories, then parent conditions.',
      resolve: async (_source, args, { req }) => {
        const { results, store } = await runContentForCodes(req, args)
        return results.map((r) =>
          deliveredContent(store, r.item, r, {
            codeMatch: { code: r.code.code, condition: r.condition, how: r.how, matchedCode: r.matchedCode, system: r.code.system },
            score: r.score,
          }),
        )
      },
      type: nonNull(list(Content)),
    },
    deliveredItem: {
      extensions: costExtension('deliveredItem'),
      args: {
        locale: { type: Locale },
        segments: { description: 'Segment slugs: serves the matching segment variant.', type: list(GraphQLString) },
        slug: { type: nonNull(GraphQLString) },
        type: { type: nonNull(ContentType) },
        ...website.itemArgs,
      },
      description: 'One published, current item by type and slug (for a detail page), a DeliveredRedirect for a slug it had before, or null.',
      resolve: (_source, args, { req }) =>
        previewOrRedirect(req, args, async () => {
          const found = await runDeliveredItem(req, args)
          return found ? deliveredContent(found.store, found.item, found.served) : null
        }, deliveredContent),
      type: DeliveredItem,
    },
    personalizedContent: {
      extensions: costExtension('personalizedContent'),
      args: {
        limit: { defaultValue: 10, type: GraphQLInt },
        profile: { type: nonNull(ProfileInput) },
        types: { type: list(ContentType) },
      },
      description: 'Ranked content for a coarse profile: condition match > stage > segment > recency.',
      resolve: async (_source, args, { req }) => {
        const { results, store } = await runPersonalizedContent(req, args)
        return results.map((r) => deliveredContent(store, r.item, r, { reasons: r.reasons, score: r.score }))
      },
      type: nonNull(list(Content)),
    },
  }
  return { fields, types: { Channel, Content, ContentType, Locale, Stage } }
}

export const DELIVERED_TYPE_NAMES = Object.values(TYPE_NAMES)
