import type { DemoSegment } from './types'

/** Audience segments content can be aimed at (an item with no segments is for everyone). */
export const demoSegments: DemoSegment[] = [
  {
    slug: 'expecting-parents',
    name: 'Expecting parents',
    description: 'People who are pregnant and their partners, from the first visit until the baby is born.',
  },
  {
    slug: 'new-moms',
    name: 'New moms',
    description: 'Mothers in the first year after giving birth, caring for themselves and a new baby.',
  },
  {
    slug: 'caregivers',
    name: 'Caregivers',
    description: 'Family members and friends who help a loved one with health care at home.',
  },
  {
    slug: 'seniors-65-plus',
    name: 'Seniors 65+',
    description: 'Adults age 65 and older, many on Medicare, who want to stay active and independent.',
  },
  {
    slug: 'spanish-speakers',
    name: 'Spanish speakers',
    description: 'Patients and families who prefer to read and talk about their health in Spanish.',
  },
  {
    slug: 'living-with-diabetes',
    name: 'People living with diabetes',
    description: 'Adults who manage type 1, type 2 or gestational diabetes day to day.',
  },
  {
    slug: 'veterans',
    name: 'Veterans',
    description: 'People who served in the armed forces, who may also get care through the VA.',
  },
  {
    slug: 'active-adults',
    name: 'Active adults',
    description: 'People who run, lift, play sports or work out and want to stay healthy and moving.',
  },
]
