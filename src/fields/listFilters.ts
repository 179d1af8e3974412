import type { Field } from 'payload'
import { baseIDField } from 'payload'

/**
 * Offers in the list view's *Filters* only the fields named in `filterable` (dotted paths for fields inside groups,
 * e.g. `workflow.state`): every other field that stores data gets `admin.disableListFilter`, including the rows of
 * arrays and the row id Payload adds to each array (which would otherwise show as "Segment variants > ID").
 * Payload's own fields (status, created/updated) are added later and stay filterable.
 */
export function limitListFilters(fields: Field[], filterable: ReadonlySet<string>, prefix = ''): Field[] {
  return fields.map((field): Field => {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const path = named ? `${prefix}${named}` : undefined
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return { ...field, fields: limitListFilters(field.fields, filterable, prefix) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({
            ...tab,
            fields: limitListFilters(tab.fields, filterable, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
          })),
        } as Field
      case 'group':
        return { ...field, fields: limitListFilters(field.fields, filterable, path ? `${path}.` : prefix) } as Field
      case 'array': {
        const rowFields = field.fields.some((f) => 'name' in f && f.name === 'id') ? field.fields : [...field.fields, baseIDField]
        return { ...field, fields: limitListFilters(rowFields, filterable, `${path}.`) } as Field
      }
      case 'ui':
        return field
      default:
        if (!path || filterable.has(path)) return field
        return { ...field, admin: { ...field.admin, disableListFilter: true } } as Field
    }
  })
}
