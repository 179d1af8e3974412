/** Where content is published: the channels an item can be delivered on. */
export const CHANNELS = [
  { label: 'Website', value: 'web' },
  { label: 'Patient portal', value: 'portal' },
  { label: 'Email', value: 'email' },
  { label: 'SMS', value: 'sms' },
] as const

export type Channel = (typeof CHANNELS)[number]['value']
