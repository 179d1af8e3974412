/**
 * The website's additions to the delivery schema: `seo` and `jsonLd` on every delivered item, `DeliveredRedirect`
 * answers for old slugs, draft previews through `deliveredItem(previewToken:)`, and `redirect(from:)`.
 */
import type { GraphQLEnumType, GraphQLFieldConfig, GraphQLFieldConfigArgumentMap, GraphQLType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { deliveryStore, type DeliveryStore } from '../../delivery/store'
import { isServable, serveText, type ContentType, type DeliveryItem, type Locale, type ServedText } from '../../personalization'
import { parseContentProfile } from '../../privacy/profile'
import { readPreviewDraft } from '../../preview/draft'
import { findRedirect } from '../../redirects/lookup'
import { effectiveChannel } from '../../delivery/access'
import { itemURL } from '../routes'
import { DELIVERY_SOURCE, deliveredJsonLd, deliveredSeo, type DeliverySource, type WithDeliverySource } from './delivered'
import { siteRoutes } from './siteRoutes'

type GraphQLLib = typeof import('graphql')
type Context = { req: PayloadRequest }

/** What `deliveredItem` answers for a slug an item had before: the current slug, with 301 semantics. */
export interface DeliveredRedirect {
  __typename: 'DeliveredRedirect'
  type: ContentType
  slug: string
  redirectTo: string
  url: string
  statusCode: 301
}

/** The symbol-keyed source every delivered item carries, so `seo` and `jsonLd` can be resolved on demand. */
type Build<T> = (store: DeliveryStore, item: DeliveryItem, served: ServedText) => T
export interface DeliveredItemArgs {
  locale?: Locale | null
  previewToken?: null | string
  segments?: null | string[]
  slug: string
  type: ContentType
}

/**
 * `deliveredItem` with previews and redirects: a preview token serves the one draft version it names; otherwise a
 * slug the item had before answers a `DeliveredRedirect` to its current slug (after `published` found nothing).
 */
export async function previewOrRedirect<T extends object>(
  req: PayloadRequest,
  args: DeliveredItemArgs,
  published: () => Promise<T | null>,
  build: Build<T>,
): Promise<DeliveredRedirect | T | null> {
  if (args.previewToken) {
    const profile = parseContentProfile({ locale: args.locale ?? undefined, segments: args.segments ?? undefined })
    const doc = await readPreviewDraft(req.payload, args.previewToken, args.type)
    const store = await deliveryStore(req.payload)
    const { extras, item, seo } = store.mapDocument(args.type, doc)
    const served = serveText(item, (profile.ok && profile.profile.locale) || 'en', (profile.ok && profile.profile.segments) || [])
    if (!served) return null
    return { ...build(store, item, served), ...extras, [DELIVERY_SOURCE]: { extras, item, seo } satisfies DeliverySource }
  }
  const found = await published()
  if (found) return found
  const store = await deliveryStore(req.payload)
  const id = store.seo.formerlyAt(args.type, args.slug)
  const item = id === undefined ? undefined : store.index.get(args.type, id)
  const channel = effectiveChannel(req, undefined)
  if (!item || item.slug === args.slug || !isServable(item, { ...store.availability, now: new Date() }) || (channel && !item.channels.includes(channel))) return null
  return { __typename: 'DeliveredRedirect', redirectTo: item.slug, slug: args.slug, statusCode: 301, type: item.type, url: itemURL(siteRoutes(), item.type, item.slug, args.locale ?? 'en') }
}

export function websiteGraphQL(GraphQL: GraphQLLib, ContentType: GraphQLEnumType) {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends GraphQLType>(t: T) => new GraphQLNonNull(t)
  const list = <T extends GraphQLType>(t: T) => new GraphQLList(new GraphQLNonNull(t))

  const Image = new GraphQLObjectType({
    fields: { alt: { type: GraphQLString }, height: { type: GraphQLInt }, url: { type: nonNull(GraphQLString) }, width: { type: GraphQLInt } },
    name: 'DeliveredImage',
  })
  const Seo = new GraphQLObjectType({
    description: 'What the website puts in <head>: page URL, meta title and description, social image, canonical URL, robots, hreflang alternates.',
    fields: {
      alternates: {
        description: 'The item\'s page in each language it has (hreflang).',
        type: nonNull(list(new GraphQLObjectType({ fields: { locale: { type: nonNull(GraphQLString) }, url: { type: nonNull(GraphQLString) } }, name: 'DeliveredAlternate' }))),
      },
      canonicalURL: { type: nonNull(GraphQLString) },
      description: { description: 'The editor\'s meta description, or the summary clipped to 160 characters.', type: GraphQLString },
      image: { description: 'The social image (1200×630 when the upload is large enough): the meta image, or the hero image, cover or thumbnail.', type: Image },
      noindex: { description: 'True: send `<meta name="robots" content="noindex">`; the item is left out of the sitemap.', type: nonNull(GraphQLBoolean) },
      title: { description: 'The editor\'s meta title, or the title clipped to 60 characters.', type: nonNull(GraphQLString) },
      url: { description: 'The item\'s page on the website in the language served (CAREPATH_SITE_URL + the type\'s path template).', type: nonNull(GraphQLString) },
    },
    name: 'DeliveredSeo',
  })

  /** Fields every delivered item gains (added to the DeliveredContent interface and each type). */
  const contentFields: Record<string, GraphQLFieldConfig<WithDeliverySource, Context>> = {
    jsonLd: {
      description:
        'schema.org JSON-LD as a JSON string, ready for <script type="application/ld+json">: MedicalWebPage (articles, pamphlets), Event, or VideoObject.',
      resolve: async (source, _args, { req }) => {
        const store = await deliveryStore(req.payload)
        return deliveredJsonLd(req.payload, source, (slug) => store.index.conditions.get(slug))
      },
      type: nonNull(GraphQLString),
    },
    seo: { resolve: (source, _args, { req }) => deliveredSeo(req.payload, source), type: nonNull(Seo) },
  }

  const Redirect = new GraphQLObjectType({
    description: 'The slug asked for is one this item had before: send the visitor to `url` with a 301.',
    fields: {
      redirectTo: { description: 'The current slug.', type: nonNull(GraphQLString) },
      slug: { description: 'The old slug asked for.', type: nonNull(GraphQLString) },
      statusCode: { type: nonNull(GraphQLInt) },
      type: { type: nonNull(ContentType) },
      url: { description: 'The current page on the website.', type: nonNull(GraphQLString) },
    },
    name: 'DeliveredRedirect',
  })

  const itemArgs: GraphQLFieldConfigArgumentMap = {
    previewToken: { description: 'A preview link\'s token: serves the one draft version it was made for (see README "Preview").', type: GraphQLString },
  }

  const SiteRedirect = new GraphQLObjectType({
    fields: {
      from: { type: nonNull(GraphQLString) },
      slug: { description: 'The content item it leads to, if any.', type: GraphQLString },
      statusCode: { type: nonNull(GraphQLInt) },
      to: { description: 'Absolute URL, or a path on the website.', type: nonNull(GraphQLString) },
      type: { type: ContentType },
    },
    name: 'SiteRedirect',
  })
  const queries: Record<string, GraphQLFieldConfig<unknown, Context, { from: string }>> = {
    redirect: {
      args: { from: { description: 'The old path (or full URL) a visitor asked for.', type: nonNull(GraphQLString) } },
      description: 'A manual redirect (old website addresses), chains followed to their end, or null.',
      resolve: (_source, { from }, { req }) => findRedirect(req, from),
      type: SiteRedirect,
    },
  }
  return { contentFields, itemArgs, queries, Redirect }
}
