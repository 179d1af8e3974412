/** Recognises YouTube and Vimeo links and returns the provider and video id. Pure. */
export type VideoSource = { id: string; provider: 'vimeo' | 'youtube' }

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

export function parseVideoURL(raw: string): VideoSource | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  const host = url.hostname.replace(/^www\.|^m\./, '')
  const parts = url.pathname.split('/').filter(Boolean)

  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = url.pathname === '/watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live'].includes(parts[0] ?? '') ? parts[1] : null
    return id && YOUTUBE_ID.test(id) ? { id, provider: 'youtube' } : null
  }
  if (host === 'youtu.be') {
    return parts[0] && YOUTUBE_ID.test(parts[0]) ? { id: parts[0], provider: 'youtube' } : null
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = parts.find((p) => /^\d{6,12}$/.test(p))
    return id ? { id, provider: 'vimeo' } : null
  }
  return null
}

export const VIDEO_URL_HELP =
  'Use a full https link to a YouTube video (https://www.youtube.com/watch?v=…, https://youtu.be/…) or a Vimeo video (https://vimeo.com/123456789).'
