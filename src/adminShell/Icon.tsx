import React from 'react'

import { MARK_SHAPES, MARK_VIEWBOX } from './mark'

/** The nav's icon (admin.components.graphics.Icon): Carepath's mark. */
export const Icon: React.FC = () => (
  <svg
    aria-label="Carepath"
    className="cp-mark"
    dangerouslySetInnerHTML={{ __html: MARK_SHAPES }}
    data-testid="carepath-icon"
    height={18}
    role="img"
    viewBox={MARK_VIEWBOX}
    width={18}
  />
)
