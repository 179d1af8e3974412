import { clip, metaDefaults } from '@/seo/meta'
import { itemURL, siteRoutesFrom } from '@/seo/routes'
import { nextSlugHistory } from '@/redirects/slugHistory'
import { normalizeRedirectPath } from '@/redirects/paths'

describe('website routes', () => {
  it('fill the type\'s template; other languages are prefixed unless the template places {locale}', () => {
    const routes = siteRoutesFrom('https://www.hospital.example/', { CAREPATH_SITE_PATH_EVENTS: '/{locale}/classes/{slug}' })
    expect(itemURL(routes, 'articles', 'foot-care')).toBe('https://www.hospital.example/health-library/foot-care')
    expect(itemURL(routes, 'articles', 'foot-care', 'es')).toBe('https://www.hospital.example/es/health-library/foot-care')
    expect(itemURL(routes, 'events', 'cooking', 'es')).toBe('https://www.hospital.example/es/classes/cooking')
  })

  it('refuse a template without {slug} with a message naming the variable', () => {
    expect(() => siteRoutesFrom('https://x.example', { CAREPATH_SITE_PATH_VIDEOS: '/videos' })).toThrow(/CAREPATH_SITE_PATH_VIDEOS must be a path starting with "\/" that contains \{slug\}/)
  })
})

describe('meta defaults', () => {
  it('use the editor\'s text, else the title and the summary clipped at a word', () => {
    expect(metaDefaults({ metaTitle: ' Mine ', summary: 'S', title: 'T' }).title).toBe('Mine')
    const long = 'Word '.repeat(50)
    const { description } = metaDefaults({ summary: long, title: 'T' })
    expect([...description!].length).toBeLessThanOrEqual(160)
    expect(description).toMatch(/Word…$/)
    expect(clip('Short.', 60)).toBe('Short.')
  })
})

describe('slug history', () => {
  it('keeps every earlier slug, never the current one, so chains collapse', () => {
    expect(nextSlugHistory(undefined, 'a')).toEqual([])
    expect(nextSlugHistory({ previousSlugs: [], slug: 'a' }, 'b')).toEqual(['a'])
    expect(nextSlugHistory({ previousSlugs: ['a'], slug: 'b' }, 'c')).toEqual(['a', 'b'])
    expect(nextSlugHistory({ previousSlugs: ['a', 'b'], slug: 'c' }, 'a')).toEqual(['b', 'c'])
    expect(nextSlugHistory({ previousSlugs: ['a'], slug: 'b' }, 'b')).toEqual(['a'])
  })
})

describe('redirect paths', () => {
  it('compare paths without origin, fragment or trailing slash, keeping the query', () => {
    expect(normalizeRedirectPath('https://old.hospital.example/patients/diabetes/?id=3#top')).toBe('/patients/diabetes?id=3')
    expect(normalizeRedirectPath('patients/a.html')).toBe('/patients/a.html')
    expect(normalizeRedirectPath('/')).toBe('/')
  })
})
