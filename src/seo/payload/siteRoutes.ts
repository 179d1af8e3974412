import { publicURLs } from '../../security/publicURLs'
import { siteRoutesFrom, type SiteRoutes } from '../routes'

/** The website's routes from the environment: CAREPATH_SITE_URL and CAREPATH_SITE_PATH_<TYPE> (see README). */
export const siteRoutes = (env: NodeJS.ProcessEnv = process.env): SiteRoutes => siteRoutesFrom(publicURLs(env).siteURL, env)

/** The organisation named as publisher and organizer in JSON-LD and feeds: CAREPATH_SITE_NAME, or the website's host. */
export const siteName = (env: NodeJS.ProcessEnv = process.env): string => env.CAREPATH_SITE_NAME?.trim() || new URL(siteRoutes(env).siteURL).host
