import type { Payload } from 'payload'

import { createStaff, lexical, publishApproved } from './fixtures'
import { apiClient } from './http'
import { bootCarepath } from './payload'

type Id = number | string

/** A published, non-clinical article offered on the given channels: what a program step points at. */
export async function publishedArticle(payload: Payload, title: string, channels: string[] = ['web', 'email', 'sms'], extra: Record<string, unknown> = {}) {
  const doc = await publishApproved(payload, {
    collection: 'articles',
    data: { body: lexical(`${title}. We can help you every step of the way.`), channels, clinical: false, stages: ['retention'], summary: `${title}.`, title, ...extra },
  })
  return doc.id as Id
}

/** A step as the admin form sends it: day (or window), channel and a content item. */
export const step = (content: Id, overrides: Record<string, unknown> = {}) => ({
  channel: 'email',
  content: { relationTo: 'articles', value: content },
  day: 0,
  ...overrides,
})

/** A program body with one track ("Your baby", slug `baby`) holding `steps`. */
export const programBody = (slug: string, steps: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) => ({
  anchor: 'birth',
  name: `Program ${slug}`,
  slug,
  summary: 'Timed help for the first year.',
  tracks: [{ name: 'Your baby', slug: 'baby', steps }],
  ...overrides,
})

/** Carepath on a fresh database with the people programs need: an admin (the first account), an editor and a brand manager. */
export async function bootWithProgramTeam() {
  const carepath = await bootCarepath()
  await createStaff(carepath.payload, ['admin'], 'admin')
  return {
    api: apiClient(carepath.config),
    brand: await createStaff(carepath.payload, ['brandManager'], 'brand'),
    carepath,
    editor: await createStaff(carepath.payload, ['editor'], 'editor'),
  }
}
