/** The editors' home styles: Payload's theme variables only (light and dark), no external assets. */
export const dashboardStyles = `
.cp-home { padding-bottom: calc(var(--base) * 3); }
.cp-home h1 { margin: calc(var(--base) * 1.5) 0 calc(var(--base) * .25); }
.cp-home h2 { margin: calc(var(--base) * 1.5) 0 calc(var(--base) * .5); }
.cp-home h3 { margin: 0 0 calc(var(--base) * .5); font-size: 1rem; display: flex; justify-content: space-between; gap: .5rem; }
.cp-home__lead { color: var(--theme-elevation-650); max-width: 70ch; margin: 0 0 var(--base); }
.cp-home__sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cp-home__cards { align-items: start; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: var(--base); }
.cp-home__card { background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m, 4px); padding: var(--base); }
.cp-home__card ul { list-style: none; margin: 0; padding: 0; }
.cp-home__card li { padding: calc(var(--base) * .3) 0; border-top: 1px solid var(--theme-elevation-100); display: flex; flex-direction: column; }
.cp-home__count { background: var(--theme-elevation-150); border-radius: 999px; padding: 0 .6em; font-weight: 600; }
.cp-home__meta, .cp-home__empty { color: var(--theme-elevation-650); font-size: .85em; }
.cp-home__filters { display: flex; flex-wrap: wrap; gap: var(--base); align-items: center; margin-bottom: var(--base); }
.cp-home__filters select { margin-left: .4em; padding: .3em .5em; background: var(--theme-input-bg, var(--theme-elevation-0)); color: var(--theme-text); border: 1px solid var(--theme-elevation-250); border-radius: var(--style-radius-s, 3px); }
.cp-home__button { padding: .35em 1em; border: 0; border-radius: var(--style-radius-s, 3px); background: var(--theme-elevation-800); color: var(--theme-elevation-0); cursor: pointer; }
.cp-home__scroll { overflow-x: auto; }
.cp-home__matrix { border-collapse: collapse; min-width: 100%; }
.cp-home__matrix th, .cp-home__matrix td { border: 1px solid var(--theme-elevation-150); padding: calc(var(--base) * .4) calc(var(--base) * .6); text-align: center; }
.cp-home__matrix thead th { background: var(--theme-elevation-50); font-weight: 600; font-size: .85em; }
.cp-home__matrix tbody th { text-align: left; background: var(--theme-elevation-50); white-space: nowrap; }
.cp-home__matrix td a { display: block; text-decoration: none; color: var(--theme-text); font-variant-numeric: tabular-nums; }
.cp-home__matrix td a:hover, .cp-home__matrix td a:focus-visible { text-decoration: underline; }
.cp-home__gap { background: var(--theme-error-50); }
.cp-home__gap a { color: var(--theme-error-750) !important; font-weight: 600; font-size: .85em; }
`
