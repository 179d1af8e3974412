import type { BrandRule } from '@/brand/rule'
import { imageAlt } from '@/brand/rules/imageAlt'
import { videoAccessibility } from '@/brand/rules/videoAccessibility'

import { article, contextFor, settingsWith } from './fixtures'

const run = (rule: BrandRule, input: ReturnType<typeof article>) => rule.check(input, settingsWith(), contextFor(input))

describe('imageAlt rule', () => {
  const image = (alt: string | null, filename?: string) =>
    run(imageAlt, article({ images: [{ path: 'hero', alt, ...(filename ? { filename } : {}) }] }))

  it('passes alt text that describes the image, in either language', () => {
    expect(image('A nurse shows a patient how to use a glucose meter', 'nurse-meter.jpg')).toEqual([])
    expect(image('Una enfermera muestra cómo usar el glucómetro', 'IMG_2041.jpg')).toEqual([])
  })

  it('flags missing or blank alt text', () => {
    expect(image(null)[0]!.message).toBe('The image has no alt text; describe what it shows for patients who use screen readers')
    expect(image('   ', 'meter.png')[0]!.message).toBe(
      "The image 'meter.png' has no alt text; describe what it shows for patients who use screen readers",
    )
  })

  it.each([
    ['IMG_1234.jpg', undefined],
    ['hero.png', undefined],
    ['DSC01234', undefined],
    ['Screenshot 2024-05-01 at 10.22.13', undefined],
    ['glucose-meter-final', 'glucose-meter-final.jpg'],
    ['GLUCOSE-METER-FINAL.JPG', 'glucose-meter-final.jpg'],
  ])('flags alt text %p that looks like a file name', (alt, filename) => {
    expect(image(alt, filename)[0]!.message).toMatch(/looks like a file name; describe what the image shows$/)
  })

  it('flags alt text that is only a generic word', () => {
    expect(image('Photo')[0]!.message).toMatch(/too generic/)
    expect(image('imagen')[0]!.message).toMatch(/too generic/)
  })
})

describe('videoAccessibility rule', () => {
  const video = (v?: { hasCaptions: boolean; hasTranscript: boolean }, type: 'videos' | 'articles' = 'videos') =>
    run(videoAccessibility, article({ type, ...(v ? { video: v } : {}) }))

  it('passes a video with captions and a transcript', () => {
    expect(video({ hasCaptions: true, hasTranscript: true })).toEqual([])
  })

  it('flags missing captions and a missing transcript separately', () => {
    expect(video({ hasCaptions: false, hasTranscript: true }).map((f) => f.message)).toEqual([
      expect.stringMatching(/^Add a captions file .*WCAG 1\.2\.2/),
    ])
    expect(video({ hasCaptions: true, hasTranscript: false }).map((f) => f.message)).toEqual([
      expect.stringMatching(/^Add a transcript .*WCAG 1\.2\.1/),
    ])
  })

  it('treats a video item with no video details as missing both, and ignores non-video items', () => {
    expect(video(undefined)).toHaveLength(2)
    expect(video(undefined, 'articles')).toEqual([])
    expect(video({ hasCaptions: false, hasTranscript: false }, 'articles')).toHaveLength(2)
  })
})
