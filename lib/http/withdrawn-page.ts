import { site, t } from '../../config/site'
import { fillHtml, htmlLink, shortPageHtml } from './short-page'

// A withdrawn article existed: 410 Gone (not 404), so search engines drop it and readers are told.
// Answered for the article (by the 404 filter, lib/http/not-found-filter.ts), its aliases, and its
// lite twin (a route handler, app/lite/[section]/[slug]/route.tsx).

/** 404s and 410s are kept by caches for a minute at most: a URL can be published again. */
export const SHORT_CACHE = 'public, max-age=60, s-maxage=60'

/** The short page a withdrawn article's URL answers with. */
export function withdrawnPageHtml(): string {
  return shortPageHtml({
    title: t.errors.withdrawnTitle,
    heading: t.errors.withdrawnHeading,
    bodyHtml: fillHtml(t.errors.withdrawnText, {
      name: site.name,
      policy: htmlLink(`/about/${site.standards.corrections}`, t.errors.withdrawnPolicy),
      frontPage: htmlLink('/', t.errors.frontPage),
    }),
    noindex: true,
  })
}

/** The 410 as a route handler's Response. */
export function withdrawnResponse(): Response {
  return new Response(withdrawnPageHtml(), {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': SHORT_CACHE },
  })
}
