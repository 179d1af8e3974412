import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, TypedUser } from 'payload'
import React from 'react'

import { EVERYONE, TYPE_LABELS, WIDGET_TEXT, listViewUrl, type CoverageCell, type WorkList } from '../dashboard'
import { CONTENT_TYPES, type ContentType } from '../taxonomy/contentTypes'
import { editorsHomeData } from './editorsHome'
import { dashboardStyles } from './styles'

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)
const day = (iso?: null | string) => (iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '')

/** The cell's link: its busiest type (published only) or, for a gap, the row's usual type with drafts included. */
function cellLink(adminRoute: string, cell: CoverageCell, usualType: ContentType, filter: { condition: null | string; locale: null | string }) {
  const type = cell.empty ? usualType : CONTENT_TYPES.reduce((best, t) => (cell.byType[t] > cell.byType[best] ? t : best))
  return {
    href: listViewUrl(adminRoute, type, { ...filter, publishedOnly: !cell.empty, segment: cell.segment.id, stage: cell.stage }),
    type,
  }
}

function CoverageTable({ adminRoute, data }: { adminRoute: string; data: Awaited<ReturnType<typeof editorsHomeData>> }) {
  const { filter, matrix } = data.coverage
  const conditionName = data.conditions.find((c) => c.id === filter.condition)?.name
  const localeName = data.locales.find((l) => l.code === filter.locale)?.label
  const scope = [conditionName && `about ${conditionName}`, localeName && `in ${localeName}`].filter(Boolean).join(', ')
  return (
    <section aria-labelledby="cp-coverage-title" className="cp-home__coverage">
      <h2 id="cp-coverage-title">Journey coverage</h2>
      <p className="cp-home__lead">
        Published items for each journey stage and audience segment{scope ? ` (${scope})` : ''}. {matrix.emptyCells} of {matrix.totalCells} cells have no
        content: each gap links to the list where that content would go, drafts in progress included.
      </p>
      <form action={adminRoute} className="cp-home__filters" method="get">
        <label>
          Condition{' '}
          <select defaultValue={filter.condition ?? ''} name="condition">
            <option value="">All conditions</option>
            {data.conditions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select defaultValue={filter.locale ?? ''} name="language">
            <option value="">All languages</option>
            {data.locales.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <button className="cp-home__button" type="submit">
          Show
        </button>
        {(filter.condition || filter.locale) && <a href={adminRoute}>Clear filters</a>}
      </form>
      <div className="cp-home__scroll">
        <table className="cp-home__matrix">
          <caption className="cp-home__sr">
            Published items by journey stage (rows) and audience segment (columns){scope ? `, ${scope}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {matrix.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.id === EVERYONE ? 'Everyone' : c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row" title={row.description}>
                  {row.label}
                </th>
                {row.cells.map((cell) => {
                  const { href, type } = cellLink(adminRoute, cell, row.usualType, data.coverage.filter)
                  const where = `${row.label} · ${cell.segment.id === EVERYONE ? 'everyone' : cell.segment.label}`
                  const breakdown = CONTENT_TYPES.filter((t) => cell.byType[t]).map((t) => `${cell.byType[t]} ${TYPE_LABELS[t].plural.toLowerCase()}`).join(', ')
                  return (
                    <td className={cell.empty ? 'cp-home__gap' : undefined} key={cell.segment.id}>
                      <a
                        aria-label={cell.empty ? `No published content for ${where}: open ${TYPE_LABELS[type].plural} with this targeting` : `${cell.count} published for ${where} (${breakdown}): open ${TYPE_LABELS[type].plural}`}
                        href={href}
                        title={cell.empty ? `Gap: open ${TYPE_LABELS[type].plural} for ${where}` : breakdown}
                      >
                        {cell.empty ? <span>0 · gap</span> : cell.count}
                      </a>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function WorkSection({ adminRoute, list }: { adminRoute: string; list: WorkList }) {
  const text = WIDGET_TEXT[list.widget]
  const id = `cp-work-${list.widget}`
  return (
    <section aria-labelledby={id} className="cp-home__card">
      <h3 id={id}>
        {text.title} <span className="cp-home__count">{list.total}</span>
      </h3>
      {list.items.length === 0 ? (
        <p className="cp-home__empty">{text.empty}</p>
      ) : (
        <ul>
          {list.items.map((item) => (
            <li key={`${item.type}-${item.id}`}>
              <a href={`${adminRoute}/collections/${item.type}/${item.id}`}>{item.title}</a>
              <span className="cp-home__meta">
                {TYPE_LABELS[item.type]?.singular ?? item.type}
                {item.dueAt ? ` · due ${day(item.dueAt)}` : ''}
                {item.note ? ` · ${item.note}` : ''}
              </span>
            </li>
          ))}
          {list.total > list.items.length && <li className="cp-home__meta">and {list.total - list.items.length} more</li>}
        </ul>
      )}
    </section>
  )
}

/** The editors' home: journey coverage and the signed-in person's work, rendered on the server (no client JavaScript). */
export async function EditorsHome(props: AdminViewServerProps) {
  const { initPageResult, payload, searchParams } = props
  const user = (initPageResult?.req.user ?? props.user) as TypedUser | undefined
  const adminRoute = payload.config.routes.admin || '/admin'
  if (!user) return null
  const uiLocale = initPageResult?.locale?.code ?? 'en'
  // `language`, not `locale`: Payload's admin reads `?locale=` as the editing language and would switch it.
  const data = await editorsHomeData(payload, user, { condition: first(searchParams?.condition), locale: first(searchParams?.language) }, uiLocale)
  const name = String((user as { name?: unknown }).name ?? (user as { email?: unknown }).email ?? '')
  return (
    <Gutter className="cp-home">
      <style>{dashboardStyles}</style>
      <h1>Editors’ home</h1>
      <p className="cp-home__lead">Signed in as {name}.</p>
      {data.work.length > 0 && (
        <section aria-labelledby="cp-work-title">
          <h2 id="cp-work-title">My work</h2>
          <div className="cp-home__cards">
            {data.work.map((list) => (
              <WorkSection adminRoute={adminRoute} key={list.widget} list={list} />
            ))}
          </div>
        </section>
      )}
      <CoverageTable adminRoute={adminRoute} data={data} />
    </Gutter>
  )
}
