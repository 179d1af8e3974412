import { indexLocalesByParent } from '@/db/adapter'

describe('indexLocalesByParent (schema hook for the SQL adapters)', () => {
  const rawTables = () => ({
    articles: { indexes: { slug: { name: 'articles_slug_idx', on: 'slug' } }, name: 'articles' },
    articles_locales: {
      indexes: { _localeParent: { name: 'articles_locales_locale_parent_id_unique', on: ['_locale', '_parentID'], unique: true } },
      name: 'articles_locales',
    },
    articles_rels: { indexes: { parent: { name: 'articles_rels_parent_idx', on: 'parent' } }, name: 'articles_rels' },
  })

  it('adds a _parent_id index to every locales table and leaves other tables alone', () => {
    const tables = rawTables()
    const schema = { tables: {} }
    expect(indexLocalesByParent({ adapter: { rawTables: tables }, schema } as never)).toBe(schema)
    expect(tables.articles_locales.indexes).toEqual({
      _localeParent: { name: 'articles_locales_locale_parent_id_unique', on: ['_locale', '_parentID'], unique: true },
      _parentID: { name: 'articles_locales_parent_idx', on: '_parentID' },
    })
    expect(tables.articles).toEqual(rawTables().articles)
    expect(tables.articles_rels).toEqual(rawTables().articles_rels)
  })

  it('is idempotent and keeps index names within Postgres’s 63-character limit for our longest table', () => {
    const longest = '_pamphlets_v_version_variants_locales'
    const tables = {
      ...rawTables(),
      [longest]: { indexes: { _localeParent: { name: 'x', on: ['_locale', '_parentID'] } }, name: longest },
    }
    indexLocalesByParent({ adapter: { rawTables: tables }, schema: {} } as never)
    const once = JSON.stringify(tables)
    indexLocalesByParent({ adapter: { rawTables: tables }, schema: {} } as never)
    expect(JSON.stringify(tables)).toBe(once)
    for (const table of Object.values(tables)) {
      for (const index of Object.values(table.indexes)) expect(index.name.length).toBeLessThanOrEqual(63)
    }
  })
})
