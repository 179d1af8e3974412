/**
 * What the delivery store hands the search index: an item's plain text per language (bodies turned into plain text
 * here, the Lexical tree dropped) and the condition vocabulary from condition documents read in every language.
 */
import type { Condition } from '../../../payload-types'
import type { AllLocalesDocument } from '../../localApi/contentDocuments'
import { inLocale } from '../../delivery/toDeliveryItem'
import type { DeliveryItem } from '../../personalization'
import { lexicalPlainText } from '../../richtext/plainText'
import { LOCALES, type Locale } from '../../taxonomy/locales'
import { idOf } from '../../utilities/idOf'
import type { SearchDocumentInput } from '../searchIndex'
import { ConditionVocabulary, type SearchCondition } from '../vocabulary'

/** Fields the delivery store reads on top of its own, for search. */
export const SEARCH_SELECT = { body: true } as const

/** The item's searchable text in each language it has a title in. */
export function searchDocument(item: DeliveryItem, doc: Pick<AllLocalesDocument, 'body'>): SearchDocumentInput {
  const locales: SearchDocumentInput['locales'] = {}
  for (const locale of LOCALES) {
    const text = item.locales[locale]
    if (!text) continue
    locales[locale] = {
      body: lexicalPlainText(inLocale(doc.body as unknown, locale)),
      summary: text.summary,
      title: text.title,
      variants: item.variants.flatMap((v) => [v.locales[locale]?.title, v.locales[locale]?.summary].filter(Boolean)).join('\n'),
    }
  }
  return { id: item.id, locales, type: item.type }
}

/** Conditions read with `locale: 'all'` (names and synonyms per language) as the search vocabulary. */
export function searchVocabulary(docs: readonly Condition[]): ConditionVocabulary {
  const slugById = new Map(docs.map((d) => [String(d.id), d.slug ?? '']))
  const conditions: SearchCondition[] = docs.map((doc) => {
    const names: SearchCondition['names'] = {}
    const synonyms: SearchCondition['synonyms'] = {}
    for (const locale of LOCALES) {
      const name = inLocale<string>(doc.name as never, locale)
      if (name) names[locale] = name
      synonyms[locale] = inLocale<string[]>(doc.synonyms as never, locale) ?? []
    }
    const parent = doc.parent ? slugById.get(String(idOf(doc.parent))) : undefined
    return { icd10: doc.icd10Codes ?? [], names, parent: parent || null, slug: doc.slug ?? '', synonyms }
  })
  return new ConditionVocabulary(conditions)
}
