/** IANA time zone names this Node runtime knows (e.g. America/Chicago). */
const zones = new Set<string>(Intl.supportedValuesOf('timeZone'))
zones.add('UTC')

export const isIANATimeZone = (value: string): boolean => zones.has(value)

export const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const
