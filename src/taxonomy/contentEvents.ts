/** What can happen to live content: the actions the content-events log records and webhooks subscribe to. */
export const CONTENT_EVENTS = [
  { label: 'Published (an item went live)', value: 'published' },
  { label: 'Updated (live text changed)', value: 'updated' },
  { label: 'Unpublished (an item stopped being live)', value: 'unpublished' },
  { label: 'Deleted (a live item was deleted)', value: 'deleted' },
] as const

export type ContentEventAction = (typeof CONTENT_EVENTS)[number]['value']

export const CONTENT_EVENT_ACTIONS: readonly ContentEventAction[] = CONTENT_EVENTS.map((event) => event.value)

/** Actions after which the item is live. */
export const LIVE_ACTIONS: readonly ContentEventAction[] = ['published', 'updated']
