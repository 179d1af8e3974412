import type { DateFieldValidation, FieldHook } from 'payload'

import { checkHttpsLinkField } from '../../validation/safeUrl'
import { isIANATimeZone, US_TIME_ZONES } from '../../validation/timeZone'
import { contentCollection } from './contentCollection'

const endsAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const startsAt = (siblingData as { startsAt?: string }).startsAt
  if (!value) return 'When does the event end?'
  if (startsAt && new Date(value).getTime() <= new Date(startsAt).getTime()) return 'The event must end after it starts.'
  return true
}

/** `data` (the whole event), not `siblingData`: the address lives in a group below `attendance`. */
const needsForInPerson = (field: string) => (value: unknown, { data }: { data: Record<string, unknown> }) =>
  data.attendance === 'virtual' || Boolean(value) || `${field} is required for in-person events.`

/** Past once it has ended; computed on every read so it is never stale. */
const markPast: FieldHook = ({ siblingData }) => {
  const endsAt = (siblingData as { endsAt?: string }).endsAt
  return endsAt ? new Date(endsAt).getTime() < Date.now() : false
}

export const Events = contentCollection({
  slug: 'events',
  bodyLabel: 'Description',
  description: 'Classes, screenings and support groups.',
  fields: [
    {
      name: 'kind',
      type: 'select',
      options: [
        { label: 'Class', value: 'class' },
        { label: 'Screening', value: 'screening' },
        { label: 'Support group', value: 'support-group' },
      ],
      required: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true },
        { name: 'endsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, validate: endsAfterStart },
        {
          name: 'timeZone',
          type: 'text',
          admin: { description: `IANA time zone, e.g. ${US_TIME_ZONES.slice(0, 3).join(', ')}.` },
          defaultValue: 'America/Chicago',
          validate: (value: null | string | undefined) =>
            (value && isIANATimeZone(value)) || `"${value ?? ''}" is not an IANA time zone name (for example America/Chicago).`,
        },
      ],
    },
    {
      name: 'past',
      type: 'checkbox',
      admin: { description: 'Set automatically once the event has ended.', position: 'sidebar', readOnly: true },
      hooks: { afterRead: [markPast] },
      virtual: true,
    },
    {
      name: 'status',
      type: 'select',
      admin: { description: 'Cancelled and full events stay visible so people are told, not left guessing.' },
      defaultValue: 'scheduled',
      // Payload's draft `_status` already takes the enum name `enum_events_status` on Postgres.
      enumName: 'enum_events_event_status',
      options: [
        { label: 'Scheduled', value: 'scheduled' },
        { label: 'Cancelled', value: 'cancelled' },
        { label: 'Full', value: 'full' },
      ],
    },
    {
      name: 'attendance',
      type: 'radio',
      defaultValue: 'in-person',
      options: [
        { label: 'In person', value: 'in-person' },
        { label: 'Virtual', value: 'virtual' },
        { label: 'Both', value: 'hybrid' },
      ],
    },
    {
      name: 'location',
      type: 'group',
      admin: { condition: (_, sibling) => sibling?.attendance !== 'virtual' },
      fields: [
        { name: 'name', type: 'text', admin: { description: 'e.g. "Carepath Community Hospital, Conference Room B"' } },
        { name: 'street', type: 'text', validate: needsForInPerson('Street address') as never },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', validate: needsForInPerson('City') as never },
            { name: 'state', type: 'text' },
            { name: 'postalCode', type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'virtualUrl',
      type: 'text',
      admin: { condition: (_, sibling) => sibling?.attendance !== 'in-person' },
      label: 'Virtual meeting link',
      validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (siblingData.attendance === 'in-person') return true
        if (!value) return 'A virtual meeting link is required for virtual events.'
        return checkHttpsLinkField(value, 'The meeting link')
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'registrationUrl',
          type: 'text',
          validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (value) return checkHttpsLinkField(value, 'The registration link')
            return siblingData.capacity ? true : 'Give a registration link or a capacity (seats available).'
          },
        },
        { name: 'capacity', type: 'number', admin: { description: 'Seats, when people register by phone or at the door.' }, min: 1 },
      ],
    },
  ],
  labels: { plural: 'Events', singular: 'Event' },
})
