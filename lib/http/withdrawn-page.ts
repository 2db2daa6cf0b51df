import { site } from '../../config/site'

// A withdrawn article existed: 410 Gone (not 404), so search engines drop it and readers are told.
// Answered for the article (by the 404 filter, lib/http/not-found-filter.ts), its aliases, and its
// lite twin (a route handler, app/lite/[section]/[slug]/route.tsx).

/** 404s and 410s are kept by caches for a minute at most: a URL can be published again. */
export const SHORT_CACHE = 'public, max-age=60, s-maxage=60'

/** The short page a withdrawn article's URL answers with. */
export function withdrawnPageHtml(): string {
  const policy = `/about/${site.standards.corrections}`
  return `<!doctype html><html lang="${site.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Story withdrawn · ${site.name}</title></head><body><main><h1>This story has been withdrawn</h1><p>${site.name} has taken this story down. Why we withdraw stories, and how we correct them: <a href="${policy}">our corrections policy</a>. The latest stories are on the <a href="/">front page</a>.</p></main></body></html>\n`
}

/** The 410 as a route handler's Response. */
export function withdrawnResponse(): Response {
  return new Response(withdrawnPageHtml(), {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': SHORT_CACHE },
  })
}
