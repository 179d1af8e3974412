import type { Field } from 'payload'

/** The program's timeline on its edit page (no stored data). */
export const programAdminFields = (): Field[] => [
  {
    name: 'timeline',
    type: 'ui',
    admin: { components: { Field: '/src/programs/admin/ProgramTimeline#ProgramTimeline' }, disableListColumn: true },
  },
]
