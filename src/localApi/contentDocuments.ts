/** The generated document types of the four content collections, for glue that handles any of them. */
import type { Article, Event, Pamphlet, Video } from '../../payload-types'
import type { ContentType } from '../taxonomy/contentTypes'

export interface ContentDocuments {
  articles: Article
  events: Event
  pamphlets: Pamphlet
  videos: Video
}

/** A content document of any type, as read in one language. */
export type ContentDocument = ContentDocuments[ContentType]
