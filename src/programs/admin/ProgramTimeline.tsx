'use client'
import { useAllFormFields, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useEffect, useMemo, useState } from 'react'

import { buildTimeline, contentToName, type TimelineCard } from '../timeline'
import { useIntegrity } from './useIntegrity'

/** Titles of the step content the integrity report does not name (unsaved steps, or no report), by `type:id`. */
function useContentTitles(wanted: Map<string, Set<string>>, locale: string): Map<string, string> {
  const { config } = useConfig()
  const [titles, setTitles] = useState<Map<string, string>>(new Map())
  const key = [...wanted].map(([type, ids]) => `${type}:${[...ids].sort().join(',')}`).sort().join('|')
  useEffect(() => {
    const controller = new AbortController()
    const base = `${config.serverURL}${config.routes.api}`
    Promise.all(
      [...wanted].map(async ([type, ids]) => {
        const query = `depth=0&draft=true&limit=${ids.size}&locale=${encodeURIComponent(locale)}&select[adminTitle]=true&where[id][in]=${[...ids].map(encodeURIComponent).join(',')}`
        const res = await fetch(`${base}/${type}?${query}`, { credentials: 'include', signal: controller.signal })
        const body = res.ok ? ((await res.json()) as { docs?: Array<{ adminTitle?: string; id: number | string }> }) : { docs: [] }
        return (body.docs ?? []).map((d) => [`${type}:${String(d.id)}`, d.adminTitle ?? ''] as const)
      }),
    )
      .then((pairs) => setTitles(new Map(pairs.flat().filter(([, title]) => title))))
      .catch(() => {})
    return () => controller.abort()
    // `key` stands for `wanted`: refetch only when the set of content changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, locale, config.serverURL, config.routes.api])
  return titles
}

const STATUS_TEXT = { broken: 'Broken', ok: 'OK', unknown: 'Status unknown' } as const

const Card: React.FC<{ card: TimelineCard; span?: string }> = ({ card, span }) => (
  <div
    data-status={card.status}
    data-testid="timeline-step"
    style={{
      background: card.status === 'broken' ? 'var(--theme-error-50)' : 'var(--theme-elevation-0)',
      border: `1px solid ${card.status === 'broken' ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
      borderLeft: `4px solid ${card.status === 'broken' ? 'var(--theme-error-500)' : card.status === 'ok' ? 'var(--theme-success-500)' : 'var(--theme-elevation-300)'}`,
      borderRadius: 4,
      fontSize: 12,
      lineHeight: 1.35,
      marginBottom: 6,
      padding: '6px 8px',
    }}
    title={card.note ? `Note: ${card.note}` : undefined}
  >
    <div style={{ fontWeight: 600 }}>{card.title}</div>
    <div style={{ color: 'var(--theme-elevation-600)' }}>
      Step {card.number} · {card.typeLabel} · {card.channelLabel}
      {span ? ` · ${span}` : ''}
    </div>
    <div style={{ color: card.status === 'broken' ? 'var(--theme-error-600)' : 'var(--theme-elevation-500)' }}>
      {STATUS_TEXT[card.status]}
      {card.message ? `: ${card.message}` : ''}
    </div>
  </div>
)

/**
 * The program as a timeline on its edit page: tracks as rows, days (or, for seasonal programs, months) along the
 * axis, each step a card with its content's title, type, channel and status; broken steps in red with the reason.
 * Follows the form as it is edited; statuses come from the integrity endpoint and refresh after each save.
 */
export const ProgramTimeline: React.FC = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const [fields] = useAllFormFields()
  const program = useMemo(() => reduceFieldsToValues(fields, true) as Record<string, unknown>, [fields])
  const { report, state } = useIntegrity(id, locale.code, lastUpdateTime)
  const titles = useContentTitles(useMemo(() => contentToName(program), [program]), locale.code)
  const timeline = useMemo(() => buildTimeline(program, report, titles), [program, report, titles])
  const steps = timeline.rows.reduce((n, row) => n + row.cells.reduce((m, cell) => m + cell.length, 0), 0)
  const broken = timeline.rows.reduce((n, row) => n + row.cells.flat().filter((c) => c.status === 'broken').length, 0)
  const grid = { display: 'grid', gap: 6, gridTemplateColumns: `160px repeat(${timeline.columns.length}, minmax(${timeline.seasonal ? 110 : 170}px, 1fr))` }

  return (
    <section data-testid="program-timeline" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 style={{ margin: '0 0 4px' }}>Timeline</h3>
      <p style={{ color: 'var(--theme-elevation-600)', margin: '0 0 8px' }}>
        {steps === 0
          ? 'Add tracks and steps below; they appear here as a schedule.'
          : `${steps} step${steps === 1 ? '' : 's'} in ${timeline.rows.length} track${timeline.rows.length === 1 ? '' : 's'}${broken ? `, ${broken} broken` : ''}. ${
              timeline.seasonal ? 'Seasonal: each step is due every year in its window.' : 'Day 0 is the anchor; negative days come before it.'
            }`}
        {state === 'unavailable' && steps > 0 ? ' Step statuses are not available yet (save the program, or the status service is not installed).' : ''}
      </p>
      {steps > 0 && (
        <div style={{ overflowX: 'auto', paddingBottom: 6 }}>
          <div style={{ ...grid, minWidth: 'max-content' }}>
            <div />
            {timeline.columns.map((c) => (
              <div
                key={c.key}
                style={{ borderBottom: `2px solid ${c.anchor ? 'var(--theme-success-500)' : 'var(--theme-elevation-150)'}`, fontSize: 12, fontWeight: 600, padding: '2px 4px' }}
              >
                {c.label}
              </div>
            ))}
            {timeline.rows.map((row) => (
              <React.Fragment key={row.slug || row.name}>
                <div style={{ fontWeight: 600, padding: '6px 4px' }}>
                  {row.name}
                  {row.slug ? <div style={{ color: 'var(--theme-elevation-500)', fontSize: 11, fontWeight: 400 }}>{row.slug}</div> : null}
                </div>
                {row.cells.map((cards, i) => (
                  <div key={timeline.columns[i]!.key} style={{ background: timeline.columns[i]!.anchor ? 'var(--theme-success-50)' : undefined, minHeight: 40, padding: 2 }}>
                    {cards.map((card) => (
                      <Card card={card} key={card.key} span={row.spans?.[card.key] && row.spans[card.key]!.length > 1 ? `${row.spans[card.key]!.length} months` : undefined} />
                    ))}
                    {timeline.seasonal &&
                      Object.entries(row.spans ?? {})
                        .filter(([, months]) => months.slice(1).includes(i))
                        .map(([key]) => <div aria-hidden key={key} style={{ background: 'var(--theme-elevation-150)', borderRadius: 2, height: 6, marginBottom: 4 }} />)}
                  </div>
                ))}
              </React.Fragment>
            ))}
          </div>
        </div>
      )}
    </section>
  )
}
