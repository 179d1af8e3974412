import { defineRule } from '../rule'

const named = (title: string | undefined, id: string) => (title ? `disclaimer snippet “${title}”` : `required disclaimer snippet (id ${id})`)

const SINGULAR = { articles: 'article', pamphlets: 'pamphlet', videos: 'video', events: 'event' } as const

export const requiredDisclaimer = defineRule({
  id: 'requiredDisclaimer',
  label: 'Required disclaimer',
  description: 'Each content type includes its required disclaimer snippet, when one is configured.',
  defaultSeverity: 'error',
  needs: [
    {
      met: (settings) => Object.values(settings.requiredDisclaimer).some(Boolean),
      missing: 'no disclaimer snippet is chosen for any content type (choose one per type on the "Disclaimers" tab)',
    },
  ],
  check(input, settings) {
    const snippetId = settings.requiredDisclaimer[input.type]
    if (!snippetId || input.snippetIds.includes(snippetId)) return []
    return [
      {
        path: 'body',
        message: `Every ${SINGULAR[input.type]} must include the ${named(settings.snippetTitles[snippetId], snippetId)}; insert it with the "Snippet" block`,
      },
    ]
  },
})
