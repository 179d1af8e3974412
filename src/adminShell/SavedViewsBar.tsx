import type { BeforeListTableServerProps, Payload, TypedUser } from 'payload'
import React from 'react'

export interface SavedViewLink {
  active: boolean
  href: string
  id: number | string
  shared: boolean
  title: string
}

/** The saved views this person may use on this list (their own and those shared with them), shared ones first. */
export async function savedViewLinks(payload: Payload, user: TypedUser | null | undefined, collection: string, listRoute: string, activeId: unknown): Promise<SavedViewLink[]> {
  if (!user) return []
  const { docs } = await payload.find({
    collection: 'payload-query-presets',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    pagination: false,
    select: { isShared: true, title: true },
    sort: 'title',
    user,
    where: { and: [{ relatedCollection: { equals: collection } }, { isTemp: { not_equals: true } }] },
  })
  return docs
    .map((preset) => ({
      active: String(preset.id) === String(activeId ?? ''),
      href: `${listRoute}?preset=${encodeURIComponent(String(preset.id))}`,
      id: preset.id,
      shared: Boolean(preset.isShared),
      title: preset.title,
    }))
    .sort((a, b) => Number(b.shared) - Number(a.shared))
}

const styles = `
.cp-views { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--base) * .4); margin: 0 0 var(--base); }
.cp-views__label { color: var(--theme-elevation-650); font-size: .85em; margin-right: .2em; }
.cp-views__link { border: 1px solid var(--theme-elevation-200); border-radius: 999px; padding: .2em .8em; font-size: .85em; color: var(--theme-text); text-decoration: none; background: var(--theme-elevation-50); }
.cp-views__link:hover, .cp-views__link:focus-visible { border-color: var(--theme-elevation-500); }
.cp-views__link[aria-current="true"] { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); }
`

/**
 * Above every content list: the saved views as one-click links ("Retention · New moms", "In review"…). Choosing one
 * applies its filters through Payload's own preset (`?preset=<id>`), so the Filters panel and "Saved view" pill show it.
 */
export async function SavedViewsBar({ collectionConfig, listPreferences, payload, searchParams, user }: BeforeListTableServerProps) {
  const adminRoute = payload.config.routes.admin
  const listRoute = `${adminRoute === '/' ? '' : adminRoute}/collections/${collectionConfig.slug}`
  const activeId = (searchParams as Record<string, unknown> | undefined)?.preset ?? listPreferences?.preset
  const views = await savedViewLinks(payload, user, collectionConfig.slug, listRoute, activeId)
  if (views.length === 0) return null
  return (
    <nav aria-label="Saved views" className="cp-views" data-testid="saved-views">
      <style>{styles}</style>
      <span className="cp-views__label">Saved views:</span>
      {views.map((view) => (
        <a aria-current={view.active ? 'true' : undefined} className="cp-views__link" data-preset-id={String(view.id)} href={view.href} key={String(view.id)}>
          {view.title}
        </a>
      ))}
    </nav>
  )
}
