import { articlesPart1 } from './content/articles-part1'
import { articlesPart2 } from './content/articles-part2'
import { articlesPart3 } from './content/articles-part3'
import { events } from './content/events'
import { pamphlets } from './content/pamphlets'
import { programArticles, programEvents } from './content/programItems'
import { videos } from './content/videos'
import type { DemoItem } from './types'

/** Every demo item, in the order the seed script should create them. */
export const demoItems: DemoItem[] = [...articlesPart1, ...articlesPart2, ...articlesPart3, ...programArticles, ...pamphlets, ...videos, ...events, ...programEvents]
