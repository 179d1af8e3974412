import * as GraphQL from 'graphql'
import type { DocumentNode, GraphQLSchema } from 'graphql'
import type { Payload, PayloadRequest } from 'payload'

import { checkContentQuery } from '../../brandGate/checkContentQuery'
import { DATABASE_UNAVAILABLE_READ_MESSAGE, isDatabaseUnavailable } from '../../db/unavailable'
import { depthLimit } from '../../graphql/depthLimit'
import { oncePerRequest, queryCostLimit } from '../../graphql/queryCost'
import { deliveryQueries } from '../graphql'
import { searchQueries } from '../../search/api/graphql'
import { checkRequestShape } from '../../security/graphqlRequest'
import { INTROSPECTION_REFUSED, introspectionAllowed, usesIntrospection } from '../../security/introspection'

/** The delivery queries alone, as their own small schema: the same resolvers Payload's schema uses. */
export function deliverySchema(): GraphQLSchema {
  return new GraphQL.GraphQLSchema({
    query: new GraphQL.GraphQLObjectType({
      fields: { ...deliveryQueries(GraphQL), ...searchQueries(GraphQL), ...checkContentQuery(GraphQL) },
      name: 'Query',
    }),
  })
}

const MAX_CACHED_DOCUMENTS = 500

/** Parses and validates each distinct query text once; clients send the same few queries again and again. */
export class DeliveryGraphQL {
  private readonly schema = deliverySchema()
  private readonly documents = new Map<string, { document?: DocumentNode; errors?: readonly GraphQL.GraphQLError[] }>()

  constructor(private readonly payload: Payload) {}

  private prepare(query: string) {
    let prepared = this.documents.get(query)
    if (!prepared) {
      try {
        const document = GraphQL.parse(query)
        const errors = GraphQL.validate(this.schema, document, [...GraphQL.specifiedRules, depthLimit(), queryCostLimit(), oncePerRequest()])
        prepared = errors.length ? { errors } : { document }
      } catch (error) {
        prepared = { errors: [error as GraphQL.GraphQLError] }
      }
      if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear()
      this.documents.set(query, prepared)
    }
    return prepared
  }

  /** `req`: the request object the queries see (the edge cache collects their notes on it); one is made when absent. */
  async run(body: { operationName?: string; query?: string; variables?: Record<string, unknown> } | null, user: PayloadRequest['user'] | null, req?: PayloadRequest) {
    const refusal = checkRequestShape(body)
    if (refusal) return { errors: [{ message: refusal }] }
    const prepared = this.prepare(body!.query!)
    if (prepared.errors) return { errors: prepared.errors.map((e) => ({ message: e.message })) }
    if (usesIntrospection(prepared.document!) && !introspectionAllowed(user)) return { errors: [{ message: INTROSPECTION_REFUSED }] }
    body = body!
    req ??= { payload: this.payload, user: user ?? null } as unknown as PayloadRequest
    const result = await GraphQL.execute({
      contextValue: { req },
      document: prepared.document!,
      operationName: body.operationName,
      schema: this.schema,
      variableValues: body.variables ?? {},
    })
    if (!result.errors) return { data: result.data }
    return {
      data: result.data,
      errors: result.errors.map((error) => {
        if (isDatabaseUnavailable(error.originalError)) {
          return { extensions: { statusCode: 503 }, locations: error.locations, message: DATABASE_UNAVAILABLE_READ_MESSAGE, path: error.path }
        }
        const original = error.originalError as { isPublic?: boolean; status?: number } | undefined
        const exposed = !original || original.isPublic || error.originalError === undefined
        return {
          extensions: { statusCode: original?.status ?? 400 },
          locations: error.locations,
          message: exposed ? error.message : 'Something went wrong.',
          path: error.path,
        }
      }),
    }
  }
}
