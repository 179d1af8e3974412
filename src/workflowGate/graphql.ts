import type { GraphQLFieldConfig } from 'graphql'
import type { PayloadRequest } from 'payload'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { REVIEW_STATUSES, WORKFLOW_STATES, type ReviewAct, type ReviewedType } from '../workflow'
import { requireStaff } from './endpoints'
import { runReviewAct } from './runReviewAct'
import { workflowStatus } from './status'

type GraphQLLib = typeof import('graphql')
type Context = { req: PayloadRequest }

const built = new WeakMap<GraphQLLib, ReturnType<typeof build>>()

/** Review acts as mutations (`submitForReview`, `approveContent`, `requestChanges`, `confirmReview`) and a `workflowStatus` query. */
export function workflowGraphQL(GraphQL: GraphQLLib) {
  if (!built.has(GraphQL)) built.set(GraphQL, build(GraphQL))
  return built.get(GraphQL)!
}

function build(GraphQL: GraphQLLib) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends import('graphql').GraphQLType>(t: T) => new GraphQLNonNull(t)

  const ContentTypeEnum = new GraphQLEnumType({ name: 'WorkflowContentType', values: Object.fromEntries([...CONTENT_TYPES, 'programs'].map((t) => [t, { value: t }])) })
  const StateEnum = new GraphQLEnumType({ name: 'WorkflowState', values: Object.fromEntries(WORKFLOW_STATES.map((s) => [s.value, { description: s.description, value: s.value }])) })
  const ReviewStatusEnum = new GraphQLEnumType({ name: 'ReviewStatus', values: Object.fromEntries(REVIEW_STATUSES.map((s) => [s.value, { description: s.label, value: s.value }])) })
  const Approval = new GraphQLObjectType({
    fields: {
      adminOverride: { type: nonNull(GraphQLBoolean) },
      at: { type: nonNull(GraphQLString) },
      credentials: { type: GraphQLString },
      reviewerId: { type: nonNull(GraphQLID) },
      reviewerName: { type: GraphQLString },
    },
    name: 'WorkflowApproval',
  })
  const Status = new GraphQLObjectType({
    fields: {
      approvals: { description: 'Approvals that cover exactly the latest content.', type: nonNull(new GraphQLList(nonNull(Approval))) },
      approvalsNeeded: { type: nonNull(GraphQLInt) },
      changesRequested: { type: GraphQLString },
      clinical: { type: nonNull(GraphQLBoolean) },
      contentHash: { description: 'SHA-256 of the reviewed fields in every language, snippets resolved.', type: nonNull(GraphQLString) },
      id: { type: nonNull(GraphQLID) },
      medicalReviewedAt: { type: GraphQLString },
      medicalReviewer: { type: GraphQLString },
      nextReviewDue: { type: GraphQLString },
      published: { type: nonNull(GraphQLBoolean) },
      reviewStatus: { type: ReviewStatusEnum },
      state: { type: nonNull(StateEnum) },
      type: { type: nonNull(ContentTypeEnum) },
    },
    name: 'WorkflowStatus',
  })
  const args = { id: { type: nonNull(GraphQLID) }, type: { type: nonNull(ContentTypeEnum) } }
  const act = (name: ReviewAct, description: string, withComment = false): GraphQLFieldConfig<unknown, Context, any> => ({
    args: withComment ? { ...args, comment: { type: nonNull(GraphQLString) } } : args,
    description,
    resolve: (_source, input: { comment?: string; id: string; type: ReviewedType }, { req }) => {
      requireStaff(req)
      return runReviewAct(req, { act: name, comment: input.comment, id: input.id, type: input.type })
    },
    type: nonNull(Status),
  })

  return {
    mutations: {
      approveContent: act('approve', 'Approves exactly the latest content of an item in review (medical reviewers; brand managers for non-clinical items).'),
      confirmReview: act('confirmReview', 'Confirms a published clinical item is still accurate, renewing its review date without changing its content.'),
      requestChanges: act('requestChanges', 'Sends an item back to its editor with a comment saying what to change.', true),
      submitForReview: act('submit', 'Sends a draft (or an item sent back) for review.'),
    } satisfies Record<string, GraphQLFieldConfig<unknown, Context, any>>,
    queries: {
      workflowStatus: {
        args,
        description: "An item's review state, the approvals covering its latest content and its review dates (staff).",
        resolve: (_source: unknown, input: { id: string; type: ReviewedType }, { req }: Context) => {
          requireStaff(req)
          return workflowStatus(req, input.type, input.id)
        },
        type: nonNull(Status),
      },
    } satisfies Record<string, GraphQLFieldConfig<unknown, Context, any>>,
  }
}
