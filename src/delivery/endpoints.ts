import type { Endpoint, PayloadRequest } from 'payload'

import { feedResponse } from './http/feed'
import { infobuttonResponse } from './http/infobutton'
import { searchResponse } from '../search/api/http'

export const requestURL = (req: PayloadRequest) => new URL(req.url ?? '', 'http://localhost')

/** `GET /api/feed`: the automation feed as flat JSON (see README). */
export const feedEndpoint: Endpoint = {
  handler: (req) => feedResponse(req, requestURL(req), req.headers),
  method: 'get',
  path: '/feed',
}

/** `GET /api/infobutton`: HL7 Infobutton, MedlinePlus Connect compatible. */
export const infobuttonEndpoint: Endpoint = {
  handler: (req) => infobuttonResponse(req, requestURL(req)),
  method: 'get',
  path: '/infobutton',
}

/** `GET /api/search`: the website's search box and typeahead (see README, "Search"). */
export const searchEndpoint: Endpoint = {
  handler: (req) => searchResponse(req, requestURL(req)),
  method: 'get',
  path: '/search',
}
