import type { GraphQLFieldConfig } from 'graphql'
import type { PayloadRequest } from 'payload'

import { costExtension } from '../graphql/queryCost'
import { runBrandCheck } from './runBrandCheck'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { LOCALES } from '../taxonomy/locales'
import { textRoleSchema } from '../brand'

type GraphQLLib = typeof import('graphql')

/** `checkContent(input: BrandCheckInput!): BrandReport!`: the publish gate's checks, for content not stored. */
export function checkContentQuery(GraphQL: GraphQLLib): Record<'checkContent', GraphQLFieldConfig<unknown, { req: PayloadRequest }, any>> {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends import('graphql').GraphQLType>(t: T) => new GraphQLNonNull(t)
  const list = <T extends import('graphql').GraphQLType>(t: T) => new GraphQLList(new GraphQLNonNull(t))

  const ContentTypeEnum = new GraphQLEnumType({
    name: 'BrandCheckContentType',
    values: Object.fromEntries(CONTENT_TYPES.map((t) => [t, { value: t }])),
  })
  const LocaleEnum = new GraphQLEnumType({ name: 'BrandCheckLocale', values: Object.fromEntries(LOCALES.map((l) => [l, { value: l }])) })
  const TextRole = new GraphQLEnumType({
    name: 'BrandTextRole',
    values: Object.fromEntries(textRoleSchema.options.map((role) => [role, { value: role }])),
  })

  const input = new GraphQLInputObjectType({
    fields: {
      citations: { description: 'How many citations the item has.', type: GraphQLInt },
      clinical: { description: 'Clinical items need a current medical review.', type: nonNull(GraphQLBoolean) },
      images: {
        type: list(
          new GraphQLInputObjectType({
            fields: { alt: { type: GraphQLString }, filename: { type: GraphQLString }, path: { type: nonNull(GraphQLString) } },
            name: 'BrandImageInput',
          }),
        ),
      },
      links: {
        type: list(
          new GraphQLInputObjectType({
            fields: { path: { type: nonNull(GraphQLString) }, text: { type: nonNull(GraphQLString) }, url: { type: nonNull(GraphQLString) } },
            name: 'BrandLinkInput',
          }),
        ),
      },
      locale: { type: nonNull(LocaleEnum) },
      medicalReviewedAt: { description: 'ISO date of the last medical review.', type: GraphQLString },
      snippetIds: { description: 'Ids of snippets the item includes.', type: list(GraphQLString) },
      texts: {
        type: nonNull(
          list(
            new GraphQLInputObjectType({
              fields: { path: { type: nonNull(GraphQLString) }, role: { type: nonNull(TextRole) }, text: { type: nonNull(GraphQLString) } },
              name: 'BrandTextInput',
            }),
          ),
        ),
      },
      type: { type: nonNull(ContentTypeEnum) },
      video: {
        type: new GraphQLInputObjectType({
          fields: { hasCaptions: { type: nonNull(GraphQLBoolean) }, hasTranscript: { type: nonNull(GraphQLBoolean) } },
          name: 'BrandVideoInput',
        }),
      },
    },
    name: 'BrandCheckInput',
  })

  const Finding = new GraphQLObjectType({
    fields: {
      message: { type: nonNull(GraphQLString) },
      path: { type: nonNull(GraphQLString) },
      rule: { type: nonNull(GraphQLString) },
      severity: { type: nonNull(GraphQLString) },
      text: { type: GraphQLString },
    },
    name: 'BrandFinding',
  })
  const Readability = new GraphQLObjectType({
    fields: {
      fernandezHuerta: { type: GraphQLFloat },
      fleschKincaidGrade: { type: GraphQLFloat },
      formulaUsed: { type: nonNull(GraphQLString) },
      gradeUsed: { type: GraphQLFloat },
      locale: { type: nonNull(GraphQLString) },
      sentences: { type: nonNull(GraphQLInt) },
      smogGrade: { type: GraphQLFloat },
      szigrisztPazos: { type: GraphQLFloat },
      words: { type: nonNull(GraphQLInt) },
    },
    name: 'BrandReadability',
  })
  const Report = new GraphQLObjectType({
    fields: {
      errors: { type: nonNull(GraphQLInt) },
      findings: { type: nonNull(list(Finding)) },
      passes: { description: 'True when nothing blocks publishing.', type: nonNull(GraphQLBoolean) },
      readability: { type: nonNull(Readability) },
      score: { type: nonNull(GraphQLInt) },
      warnings: { type: nonNull(GraphQLInt) },
    },
    name: 'BrandReport',
  })

  return {
    checkContent: {
      args: { input: { type: nonNull(input) } },
      description: 'Runs the brand-guideline checks the publish gate runs, on content that is not stored. At most once a request; texts up to 50,000 characters each, 100,000 in all.',
      extensions: costExtension('checkContent'),
      resolve: (_source, { input }, { req }) => runBrandCheck(req, input),
      type: nonNull(Report),
    },
  }
}
