import { Webhook } from 'standardwebhooks'

import { contentMessage, itemKeyOf, newMessageId, testMessage } from '@/webhooks/message'
import { checkWebhookSecret, generateWebhookSecret } from '@/webhooks/secret'
import { signedHeaders } from '@/webhooks/send'

const event = {
  action: 'unpublished' as const,
  at: '2025-03-01T10:00:00.000Z',
  docId: '42',
  id: 7,
  segments: ['new-moms'],
  slug: 'gestational-diabetes',
  stages: ['awareness'],
  title: 'Gestational diabetes',
  type: 'articles',
}

describe('webhook messages', () => {
  it('follow the Standard Webhooks shape and carry content metadata only', () => {
    expect(contentMessage(event)).toEqual({
      data: {
        action: 'unpublished',
        at: event.at,
        eventId: '7',
        id: '42',
        itemKey: 'articles/42',
        segments: ['new-moms'],
        slug: 'gestational-diabetes',
        stages: ['awareness'],
        title: 'Gestational diabetes',
        type: 'articles',
      },
      timestamp: event.at,
      type: 'content.unpublished',
    })
    expect(itemKeyOf(event)).toBe('articles/42')
    expect(testMessage({ id: 3, name: 'CRM' }, new Date(event.at))).toMatchObject({ data: { webhook: { id: '3', name: 'CRM' } }, type: 'webhook.test' })
  })

  it('have unique msg_ ids', () => {
    const ids = new Set(Array.from({ length: 100 }, newMessageId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^msg_[0-9a-f]{32}$/)
  })

  it('are signed so a receiver verifies them with the standardwebhooks library', () => {
    const secret = generateWebhookSecret()
    const body = JSON.stringify(contentMessage(event))
    const headers = signedHeaders(secret, 'msg_1', new Date(), body)
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/)
    expect(() => new Webhook(secret).verify(body.replace('42', '43'), headers)).toThrow()
  })
})

describe('webhook secrets', () => {
  it('are generated as whsec_ + 32 random bytes', () => {
    const secret = generateWebhookSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(checkWebhookSecret(secret)).toBe(true)
    expect(generateWebhookSecret()).not.toBe(secret)
  })

  it('must be whsec_ + 24–64 bytes of base64 when typed in', () => {
    expect(checkWebhookSecret('')).toBe(true)
    expect(checkWebhookSecret(`whsec_${Buffer.alloc(24, 1).toString('base64')}`)).toBe(true)
    expect(checkWebhookSecret(`whsec_${Buffer.alloc(16, 1).toString('base64')}`)).toMatch(/whsec_.*24–64/)
    expect(checkWebhookSecret('hunter2')).toMatch(/Clear the field to generate a new one/)
    expect(checkWebhookSecret('whsec_not base64!')).toMatch(/whsec_/)
  })
})
