import React from 'react'

import { HIGHLIGHT_CLASS } from './revealFinding'

/** One stylesheet for the findings list, banner, panel and badge; React 19 hoists it once however often it renders. */
const CSS = `
.carepath-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.carepath-findings__link { all: unset; box-sizing: border-box; cursor: pointer; display: grid; grid-template-columns: auto 1fr; column-gap: 8px; width: 100%;
  padding: 6px 8px; border-radius: 4px; border-left: 3px solid var(--theme-warning-600); background: var(--theme-elevation-50); line-height: 1.35; }
.carepath-findings__link:hover, .carepath-findings__link:focus-visible { background: var(--theme-elevation-100); outline: 2px solid var(--theme-elevation-400); outline-offset: 1px; }
.carepath-findings__item--error .carepath-findings__link { border-left-color: var(--theme-error-500); }
.carepath-findings__severity { font-weight: 600; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--theme-warning-800); padding-top: 1px; }
.carepath-findings__item--error .carepath-findings__severity { color: var(--theme-error-600); }
.carepath-findings__where { font-weight: 600; }
.carepath-findings__message { grid-column: 2; color: var(--theme-elevation-800); }
.carepath-findings__link[aria-disabled="true"] { cursor: default; }
.carepath-brand-banner { margin: 0 0 calc(var(--base) * 1.5); padding: calc(var(--base) * .75); border: 1px solid var(--theme-warning-300); border-radius: 6px; background: var(--theme-warning-100); }
.carepath-brand-banner--refused, .carepath-brand-banner--errors { border-color: var(--theme-error-300); background: var(--theme-error-50); }
.carepath-brand-banner__title { margin: 0 0 4px; font-size: 16px; font-weight: 600; }
.carepath-brand-banner__intro { margin: 0 0 8px; }
.carepath-brand-banner .carepath-findings__link { background: var(--theme-bg); }
.carepath-brand-panel { border: 1px solid var(--theme-elevation-150); border-radius: 4px; margin-bottom: var(--base); padding: calc(var(--base) / 2); }
.carepath-brand-panel__head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.carepath-brand-panel__list { max-height: 260px; overflow-y: auto; margin-top: 6px; }
.carepath-brand-panel p { margin: 4px 0; }
.carepath-brand-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.carepath-brand-badge--passes { background: var(--theme-success-100); color: var(--theme-success-800); border-color: var(--theme-success-300); }
.carepath-brand-badge--warnings { background: var(--theme-warning-100); color: var(--theme-warning-800); border-color: var(--theme-warning-300); }
.carepath-brand-badge--errors { background: var(--theme-error-100); color: var(--theme-error-750); border-color: var(--theme-error-300); }
.carepath-brand-badge--unchecked { background: var(--theme-elevation-100); color: var(--theme-elevation-650); }
.carepath-guideline-warnings { margin: 0 0 calc(var(--base) * 1.5); padding: calc(var(--base) * .75); border: 1px solid var(--theme-warning-300); border-radius: 6px; background: var(--theme-warning-100); }
.carepath-guideline-warnings ul { margin: 6px 0 0; padding-left: 1.2em; }
@keyframes carepath-finding-flash { 0%, 60% { background: var(--theme-warning-150); } 100% { background: transparent; } }
.${HIGHLIGHT_CLASS} { outline: 3px solid var(--theme-warning-600) !important; outline-offset: 3px; border-radius: 3px; animation: carepath-finding-flash 4s ease-out; scroll-margin: 120px; }
`

export const FindingStyles: React.FC = () => (
  <style href="carepath-findings" precedence="default">
    {CSS}
  </style>
)
