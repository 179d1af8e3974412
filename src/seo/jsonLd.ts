/**
 * schema.org JSON-LD for a delivered item, for the website to put in `<script type="application/ld+json">`:
 * articles and pamphlets are a `MedicalWebPage`, events an `Event`, videos a `VideoObject`. Each is `about` the
 * item's conditions (`MedicalCondition` with ICD-10-CM and SNOMED CT `MedicalCode`s) and aimed at patients.
 * Pure: plain data in, a plain object out.
 */
import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'

export interface JsonLdCondition {
  name: string
  icd10: readonly string[]
  snomed: readonly string[]
}

export interface JsonLdEvent {
  startsAt: string | null
  endsAt: string | null
  timeZone: string | null
  status: string | null
  attendance: string | null
  location: { name?: string | null; street?: string | null; city?: string | null; state?: string | null; postalCode?: string | null } | null
  virtualUrl: string | null
  registrationUrl: string | null
}

export interface JsonLdVideo {
  durationSeconds: number | null
  /** The YouTube/Vimeo page or the uploaded file. */
  url: string | null
  source: string | null
  transcript: string | null
  captions: ReadonlyArray<{ locale: Locale; url: string }>
}

export interface JsonLdInput {
  type: ContentType
  /** The item's page on the website (canonical). */
  url: string
  locale: Locale
  title: string
  description: string | null
  /** Absolute URL of the social image, if any. */
  image: string | null
  publishedAt: string | null
  updatedAt: string
  conditions: readonly JsonLdCondition[]
  medicalReviewedAt: string | null
  medicalReviewer: string | null
  publisher: { name: string; url: string }
  event?: JsonLdEvent
  video?: JsonLdVideo
}

export type JsonLd = Record<string, unknown>

const SCHEMA = 'https://schema.org'

/** Drops null, undefined, empty strings and empty arrays, so no property is present without a value. */
function compact(node: Record<string, unknown>): JsonLd {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  )
}

/** ISO 8601 duration ("PT1H2M5S") from seconds. */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = s % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`
}

/** An instant written as local time in `timeZone` with that zone's offset then: "2099-02-01T09:00:00-06:00". */
const zoneFormats = new Map<string, Intl.DateTimeFormat>()
/** One formatter per time zone: building one costs far more than using it. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      day: '2-digit', hour: '2-digit', hourCycle: 'h23', minute: '2-digit', month: '2-digit', second: '2-digit', timeZone, timeZoneName: 'longOffset', year: 'numeric',
    })
    zoneFormats.set(timeZone, format)
  }
  return format
}

export function inTimeZone(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(zoneFormat(timeZone).formatToParts(date).map((p) => [p.type, p.value]))
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '')
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}

const medicalCondition = (c: JsonLdCondition): JsonLd =>
  compact({
    '@type': 'MedicalCondition',
    code: [
      ...c.icd10.map((code) => ({ '@type': 'MedicalCode', codeValue: code, codingSystem: 'ICD-10-CM' })),
      ...c.snomed.map((code) => ({ '@type': 'MedicalCode', codeValue: code, codingSystem: 'SNOMED CT' })),
    ],
    name: c.name,
  })

const EVENT_STATUS: Record<string, string> = { cancelled: `${SCHEMA}/EventCancelled`, full: `${SCHEMA}/EventScheduled`, scheduled: `${SCHEMA}/EventScheduled` }
const ATTENDANCE: Record<string, string> = {
  hybrid: `${SCHEMA}/MixedEventAttendanceMode`,
  'in-person': `${SCHEMA}/OfflineEventAttendanceMode`,
  virtual: `${SCHEMA}/OnlineEventAttendanceMode`,
}

function eventNode(event: JsonLdEvent, common: JsonLd): JsonLd {
  const zone = event.timeZone ?? 'UTC'
  const place = event.location?.street
    ? compact({
        '@type': 'Place',
        address: compact({
          '@type': 'PostalAddress',
          addressLocality: event.location.city,
          addressRegion: event.location.state,
          postalCode: event.location.postalCode,
          streetAddress: event.location.street,
        }),
        name: event.location.name,
      })
    : null
  const online = event.virtualUrl ? { '@type': 'VirtualLocation', url: event.virtualUrl } : null
  const locations = [place, online].filter(Boolean)
  return compact({
    ...common,
    '@type': 'Event',
    endDate: event.endsAt ? inTimeZone(event.endsAt, zone) : null,
    eventAttendanceMode: ATTENDANCE[event.attendance ?? 'in-person'],
    eventStatus: EVENT_STATUS[event.status ?? 'scheduled'],
    location: locations.length === 1 ? locations[0] : locations,
    offers: event.registrationUrl
      ? { '@type': 'Offer', availability: event.status === 'full' ? `${SCHEMA}/SoldOut` : `${SCHEMA}/InStock`, url: event.registrationUrl }
      : null,
    organizer: common.publisher,
    publisher: undefined,
    startDate: event.startsAt ? inTimeZone(event.startsAt, zone) : null,
  })
}

function videoNode(video: JsonLdVideo, input: JsonLdInput, common: JsonLd): JsonLd {
  const external = video.source !== 'upload'
  return compact({
    ...common,
    '@type': 'VideoObject',
    caption: video.captions.map((c) => ({ '@type': 'MediaObject', contentUrl: c.url, encodingFormat: 'text/vtt', inLanguage: c.locale })),
    contentUrl: external ? null : video.url,
    duration: video.durationSeconds ? isoDuration(video.durationSeconds) : null,
    embedUrl: external ? video.url : null,
    thumbnailUrl: input.image,
    transcript: video.transcript,
    uploadDate: input.publishedAt ?? input.updatedAt,
  })
}

/** The item's JSON-LD node (with `@context`). */
export function buildJsonLd(input: JsonLdInput): JsonLd {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url }
  const about = input.conditions.map(medicalCondition)
  const common: JsonLd = {
    '@context': SCHEMA,
    about: about.length === 1 ? about[0] : about,
    audience: { '@type': 'Patient' },
    dateModified: input.updatedAt,
    datePublished: input.publishedAt,
    description: input.description,
    image: input.image,
    inLanguage: input.locale,
    name: input.title,
    publisher,
    url: input.url,
  }
  if (input.type === 'events' && input.event) {
    // An Event is not a creative work: no publication dates.
    const { dateModified: _m, datePublished: _p, ...eventCommon } = common
    return eventNode(input.event, eventCommon)
  }
  if (input.type === 'videos' && input.video) return videoNode(input.video, input, common)
  return compact({
    ...common,
    '@type': 'MedicalWebPage',
    headline: input.title,
    lastReviewed: input.medicalReviewedAt ? input.medicalReviewedAt.slice(0, 10) : null,
    reviewedBy: input.medicalReviewer ? { '@type': 'Person', name: input.medicalReviewer } : null,
  })
}
