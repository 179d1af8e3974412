import { checkWebhookURL } from '@/webhooks/url'

const dev = { allowLocalhost: true, production: false }
const prod = { allowLocalhost: true, production: true }

describe('webhook URL rules', () => {
  it('accepts https anywhere', () => {
    expect(checkWebhookURL('https://crm.example.org/hooks/carepath?x=1', prod)).toBe(true)
  })

  it('refuses private, loopback, link-local, metadata and encoded addresses, whatever the scheme', () => {
    for (const url of ['https://10.0.0.5:8443/hook', 'https://169.254.169.254/', 'https://[::ffff:7f00:1]/', 'https://2130706433/', 'https://0x7f.1/', 'https://metadata.google.internal/', 'https://100.100.1.1/']) {
      expect(checkWebhookURL(url, prod)).toMatch(/Webhooks cannot be sent to/)
    }
    expect(checkWebhookURL('https://127.0.0.1/hook', { production: false })).toMatch(/CAREPATH_WEBHOOKS_ALLOW_LOCALHOST/)
    expect(checkWebhookURL('https://127.0.0.1/hook', prod)).toMatch(/this server itself/)
  })

  it('accepts http only for localhost, 127.0.0.1 and [::1], and only outside production', () => {
    for (const url of ['http://localhost:4000/hook', 'http://127.0.0.1:9/x', 'http://[::1]:8080/']) {
      expect(checkWebhookURL(url, dev)).toBe(true)
      expect(checkWebhookURL(url, prod)).toMatch(/not allowed in production.*https:\/\//)
    }
    expect(checkWebhookURL('http://crm.example.org/hook', dev)).toMatch(/must use https:\/\/.*only for localhost/)
    expect(checkWebhookURL('http://localhost.evil.example/hook', dev)).toMatch(/must use https:\/\//)
    expect(checkWebhookURL('http://127.0.0.2/hook', dev)).toMatch(/must use https:\/\//)
  })

  it('allows receivers the operator listed as internal, in production too, over https only', () => {
    const internal = { internalHosts: new Set(['10.20.0.5', 'mirth.hospital.internal', '::1']), production: true }
    expect(checkWebhookURL('https://10.20.0.5:8443/carepath', internal)).toBe(true)
    expect(checkWebhookURL('https://MIRTH.hospital.internal/hooks', internal)).toBe(true)
    expect(checkWebhookURL('https://[::1]:9443/', internal)).toBe(true)
    expect(checkWebhookURL('https://10.20.0.6/carepath', internal)).toMatch(/Webhooks cannot be sent to 10\.20\.0\.6/)
    expect(checkWebhookURL('http://10.20.0.5/carepath', internal)).toMatch(/must use https:\/\//)
  })

  it('explains what is wrong with anything else', () => {
    expect(checkWebhookURL('', dev)).toMatch(/Enter the address/)
    expect(checkWebhookURL(undefined, dev)).toMatch(/Enter the address/)
    expect(checkWebhookURL('crm.example.org/hook', dev)).toMatch(/'crm.example.org\/hook' is not a complete URL/)
    expect(checkWebhookURL('ftp://crm.example.org/hook', dev)).toMatch(/must start with https:\/\/ \(not ftp:\/\/\)/)
    expect(checkWebhookURL('https://user:pw@crm.example.org/hook', dev)).toMatch(/Remove the user name and password/)
    expect(checkWebhookURL('https://crm.example.org/hook#x', dev)).toMatch(/Remove the #fragment/)
    expect(checkWebhookURL(`https://crm.example.org/${'a'.repeat(2100)}`, dev)).toMatch(/too long/)
  })
})
