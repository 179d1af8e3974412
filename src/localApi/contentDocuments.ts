/** The generated document types of the four content collections, for glue that handles any of them. */
import type { Article, Event, Pamphlet, Video } from '../../payload-types'
import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'

export interface ContentDocuments {
  articles: Article
  events: Event
  pamphlets: Pamphlet
  videos: Video
}

/** A content document of any type, as read in one language. */
export type ContentDocument = ContentDocuments[ContentType]

/** Every field any content type has, each optional: for glue that reads fields by type at run time. */
export type AnyContentFields = Partial<Article & Event & Pamphlet & Video>

/** The localized fields of the content types (Payload answers each as `{ en, es }` when read with `locale: 'all'`). */
export type LocalizedContentField = 'adminTitle' | 'body' | 'brandCheck' | 'captions' | 'pdf' | 'readingTimeMinutes' | 'summary' | 'title' | 'transcript' | 'translationComplete' | 'wordCount'

/** A content document read with `locale: 'all'`, depth 0: localized fields as language maps, the rest as in one language. */
export type AllLocalesDocument = Omit<AnyContentFields, LocalizedContentField | 'id'> & {
  id: number | string
} & { [K in LocalizedContentField]?: Partial<Record<Locale, AnyContentFields[K] | null>> | null }
