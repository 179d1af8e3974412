import { findUnsafeLinks } from '@/security/refuseUnsafeLinks'
import { checkLink, checkLinkField } from '@/validation/safeUrl'
import { checkSlug } from '@/validation/slug'

describe('the link rule', () => {
  it.each(['https://a.example/x', 'http://a.example', 'mailto:a@b.example', 'tel:+15555550100', '/x', 'x/y', '#top', '?q=1', ''])('accepts %j', (url) => {
    expect(checkLink(url)).toEqual({ ok: true })
  })

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '\u0000javascript:alert(1)', 'jav\nascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://a/x', '//evil.example', '\\\\evil.example', 'https://'])(
    'refuses %j',
    (url) => {
      expect(checkLink(url).ok).toBe(false)
    },
  )

  it('names the field in its message', () => {
    expect(checkLinkField('javascript:alert(1)', 'Citation URL')).toBe(
      'Citation URL uses "javascript:", which is not allowed; use https://, http://, mailto:, tel: or a relative link.',
    )
  })

  it('finds links in nested rich text and plain link fields', () => {
    const link = (url: string) => ({ type: 'link', children: [], fields: { url } })
    const data = {
      body: { root: { children: [{ children: [link('javascript:x')], type: 'paragraph' }] } },
      citations: [{ title: 'ok', url: 'https://x.example' }, { title: 'bad', url: 'data:x' }],
      variants: [{ body: { root: { children: [link('/fine')] } } }],
    }
    expect(findUnsafeLinks(data).map((f) => f.path)).toEqual(['body', 'citations.1.url'])
  })
})

describe('the slug rule', () => {
  it('accepts lower-case letters, digits and single hyphens only', () => {
    expect(checkSlug('managing-diabetes-2')).toBe(true)
    for (const slug of ['../../etc', 'a--b', '-a', 'A', 'a b', 'a/b', 'ñ']) expect(checkSlug(slug)).toMatch(/not a valid slug/)
  })
})
