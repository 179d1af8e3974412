import type { ASTVisitor, FragmentDefinitionNode, GraphQLField, SelectionSetNode, ValidationContext } from 'graphql'
import { GraphQLError, Kind, getNamedType, isCompositeType, isObjectType, isInterfaceType } from 'graphql'

/** Payload's query complexity budget (`graphQL.maxComplexity`); the fast delivery endpoint applies the same one. */
export const MAX_QUERY_COST = 1000

/**
 * What a field costs on top of its sub-selection, read by Payload's complexity rule (`extensions.complexity`) and by
 * `queryCostLimit` below. CPU-heavy fields cost more than the 1 every other field costs.
 */
export const FIELD_COST = {
  /** The brand engine: ~0.2 s of CPU for 100,000 characters, on a worker thread. */
  checkContent: 500,
  /** Ranking over the in-memory index. */
  contentFeed: 20,
  contentForCodes: 20,
  personalizedContent: 20,
  /** Full-text search over the in-memory index. */
  search: 20,
  deliveredItem: 5,
} as const

export const costExtension = (field: keyof typeof FIELD_COST) => ({ complexity: FIELD_COST[field] })

type Selection = SelectionSetNode | undefined

/**
 * Validation rule: the cost of each operation (each field 1, or its `extensions.complexity`, plus its sub-selection;
 * fragments expanded) must stay within `max`. The same sum Payload's rule computes, for schemas outside Payload.
 */
export const queryCostLimit =
  (max = MAX_QUERY_COST) =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const schema = context.getSchema()
    const costOf = (set: Selection, parent: ReturnType<typeof getNamedType> | undefined, seen: Set<string>): number => {
      if (!set) return 0
      let total = 0
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue
          const field: GraphQLField<unknown, unknown> | undefined =
            parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined
          const own = typeof field?.extensions?.complexity === 'number' ? (field.extensions.complexity as number) : 1
          const child = field && isCompositeType(getNamedType(field.type)) ? getNamedType(field.type) : undefined
          total += own + costOf(selection.selectionSet, child, seen)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? parent : parent
          total += costOf(selection.selectionSet, typed, seen)
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          if (!fragment || seen.has(name)) continue
          total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, new Set([...seen, name]))
        }
      }
      return total
    }
    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()
        const cost = costOf(operation.selectionSet, root ?? undefined, new Set())
        if (cost > max) {
          context.reportError(
            new GraphQLError(
              `This query costs ${cost}; Carepath allows at most ${max} a request (checkContent costs ${FIELD_COST.checkContent}, personalizedContent, contentFeed and contentForCodes ${FIELD_COST.personalizedContent} each, other fields 1). Ask for fewer fields or split the query.`,
            ),
          )
        }
      },
    }
  }

/** Fields a request may ask for at most once, aliases and fragments included. */
const ONCE_PER_REQUEST = ['checkContent']

/** Validation rule: at most one `checkContent` in a request (each alias and fragment spread counts). */
export const oncePerRequest =
  (fields: readonly string[] = ONCE_PER_REQUEST) =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const counts = new Map<string, number>()
    const walk = (set: Selection, seen: Set<string>) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (fields.includes(selection.name.value)) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1)
          walk(selection.selectionSet, seen)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, seen)
        else if (!seen.has(selection.name.value)) walk(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value]))
      }
    }
    return {
      Document: {
        leave(document) {
          for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet, new Set())
          for (const [field, count] of counts) {
            if (count > 1) {
              context.reportError(new GraphQLError(`A request may ask for ${field} once; this one asks ${count} times (aliases count). Send one request per check.`))
            }
          }
        },
      },
    }
  }
