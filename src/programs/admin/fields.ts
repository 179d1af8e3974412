import type { Field } from 'payload'

/** The program's timeline on its edit page, and the broken-steps badge in the list of programs (no stored data). */
export const programAdminFields = (): Field[] => [
  {
    name: 'timeline',
    type: 'ui',
    admin: { components: { Field: '/src/programs/admin/ProgramTimeline#ProgramTimeline' }, disableListColumn: true },
  },
  {
    name: 'brokenSteps',
    type: 'ui',
    admin: { components: { Cell: '/src/programs/admin/BrokenStepsCell#BrokenStepsCell' } },
    label: 'Broken steps',
  },
]
