/**
 * Shapes of the demo content library that the seed script loads into an empty database.
 * Plain data only: nothing here imports Payload, so the data can be checked by unit tests
 * and reused by fixtures without booting the CMS.
 */

/** Where a person is on their care journey. */
export type JourneyStage = 'awareness' | 'acceptance' | 'acquisition' | 'conversion' | 'retention'

/** Where an item may be delivered. */
export type Channel = 'web' | 'portal' | 'email' | 'sms'

export interface DemoCondition {
  /** Unique, kebab-case. */
  slug: string
  name: string
  /** 1–3 plain-language names people search for, e.g. "high blood pressure". */
  synonyms: string[]
  /** The Spanish name and the words Spanish-speaking patients use ("presión alta"). */
  es?: { name: string; synonyms: string[] }
  serviceLine: string
  /** Slug of a broader condition, e.g. gestational diabetes → diabetes. */
  parent?: string
  /** ICD-10-CM codes. May be empty for a grouping concept with no single code. */
  icd10: string[]
  /** SNOMED CT concept ids (Verhoeff check digit valid). */
  snomed: string[]
  description: string
}

export interface DemoSegment {
  slug: string
  name: string
  description: string
}

export interface DemoSnippet {
  /** Unique, kebab-case; items refer to snippets by this key. */
  key: string
  title: string
  /** English paragraphs. */
  paragraphs: string[]
  /** Spanish paragraphs, when a translation exists. */
  paragraphsEs?: string[]
}

export interface LocalizedText {
  title: string
  summary: string
  /** Paragraphs; a line starting with '## ' is a heading, '- ' a bullet. */
  body: string[]
}

/** Replacement text shown to people in all of the given segments. */
export interface DemoVariant {
  segments: string[]
  en?: Partial<LocalizedText>
  es?: Partial<LocalizedText>
}

export interface DemoCitation {
  title: string
  url: string
}

interface DemoItemBase {
  /** Unique, kebab-case. */
  key: string
  /** Condition slugs. */
  conditions: string[]
  stages: JourneyStage[]
  /** Segment slugs; [] = everyone. */
  segments: string[]
  channels: Channel[]
  /** English text. Missing only on Spanish-only items (to exercise locale fallback). */
  en?: LocalizedText
  /** Spanish text. */
  es?: LocalizedText
  /** Snippet keys appended to the body, in order. */
  snippets: string[]
  variants?: DemoVariant[]
  /** ISO date (YYYY-MM-DD) of the last medical review. */
  medicalReviewedAt?: string
  citations?: DemoCitation[]
}

export interface DemoArticle extends DemoItemBase {
  type: 'articles'
}

export interface DemoPamphlet extends DemoItemBase {
  type: 'pamphlets'
}

export interface DemoVideo extends DemoItemBase {
  type: 'videos'
  /** https://www.youtube.com/watch?v=... or https://vimeo.com/<digits>; ids are placeholders. */
  url: string
  durationSeconds: number
  /** Transcript paragraphs (in the item's main language). */
  transcript: string[]
  /** The Spanish subtitles' text, for videos that have a Spanish version (WCAG: captions in each language served). */
  transcriptEs?: string[]
}

export interface DemoEventLocation {
  name: string
  street: string
  city: string
  state: string
  postalCode: string
}

export interface DemoEvent extends DemoItemBase {
  type: 'events'
  kind: 'class' | 'screening' | 'support-group'
  /** ISO 8601 date-time with the UTC offset in force in `timeZone` on that date. */
  startsAt: string
  endsAt: string
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: string
  location?: DemoEventLocation
  virtualUrl?: string
  registrationUrl?: string
  capacity?: number
  status: 'scheduled' | 'cancelled' | 'full'
}

export type DemoItem = DemoArticle | DemoPamphlet | DemoVideo | DemoEvent

/** A step of a demo program: the content by type and key, when (day or yearly window) and how it is sent. */
export interface DemoProgramStep {
  content: { type: DemoItem['type']; key: string }
  channel: Channel
  day?: number
  window?: { from: string; to: string }
  /** Segment slug whose variant the step sends. */
  segment?: string
  note?: string
}

export interface DemoProgramTrack {
  slug: string
  name: { en: string; es?: string }
  description?: { en: string; es?: string }
  steps: DemoProgramStep[]
}

export interface DemoProgram {
  slug: string
  anchor: 'birth' | 'discharge' | 'dueDate' | 'enrollment' | 'season' | 'visit'
  name: { en: string; es?: string }
  summary: { en: string; es?: string }
  stages: JourneyStage[]
  segments: string[]
  conditions: string[]
  tracks: DemoProgramTrack[]
}
