import { adminTitles } from '@/utilities/adminTitle'

describe('adminTitles: the title staff see per language', () => {
  const locales = ['en', 'es']

  it('is the item’s own title in each language that has one', () => {
    expect(adminTitles({ en: 'Caring for your feet', es: 'Cómo cuidar sus pies' }, locales)).toEqual({ en: 'Caring for your feet', es: 'Cómo cuidar sus pies' })
  })

  it('falls back to the other language’s title, marked with its code', () => {
    expect(adminTitles({ es: 'Cómo cuidar sus pies' }, locales)).toEqual({ en: '(es) Cómo cuidar sus pies', es: 'Cómo cuidar sus pies' })
    expect(adminTitles({ en: 'Know your numbers', es: null }, locales)).toEqual({ en: 'Know your numbers', es: '(en) Know your numbers' })
  })

  it('treats blank titles as missing and trims what it shows', () => {
    expect(adminTitles({ en: '   ', es: '  Vacunas  ' }, locales)).toEqual({ en: '(es) Vacunas', es: 'Vacunas' })
  })

  it('is empty only when no language has a title', () => {
    expect(adminTitles({}, locales)).toEqual({ en: null, es: null })
  })

  it('prefers languages in the order given (the default first)', () => {
    expect(adminTitles({ es: 'Hola', fr: 'Bonjour' }, ['en', 'fr', 'es'])).toEqual({ en: '(fr) Bonjour', es: 'Hola', fr: 'Bonjour' })
  })
})
