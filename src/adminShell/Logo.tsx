import React from 'react'

import { MARK_SHAPES, MARK_VIEWBOX } from './mark'

/** The sign-in page's logo (admin.components.graphics.Logo): the mark and the Carepath wordmark, theme colours only. */
export const Logo: React.FC = () => (
  <div className="cp-logo" data-testid="carepath-logo" style={{ alignItems: 'center', display: 'flex', gap: 14 }}>
    <svg aria-hidden="true" dangerouslySetInnerHTML={{ __html: MARK_SHAPES }} height={48} viewBox={MARK_VIEWBOX} width={48} />
    <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.1 }}>
      <span style={{ color: 'var(--theme-text)', fontSize: 30, fontWeight: 700, letterSpacing: '-0.02em' }}>Carepath</span>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>Patient education content</span>
    </div>
  </div>
)
