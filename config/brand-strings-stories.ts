import type { ArticleTypeId } from './article-types'

// The words of the story pages and the pages that list stories by one thing, by area
// (config/brand-strings.ts).

/** A word or sentence that changes with a number: chosen by `pluralForm` (lib/brand/plural.ts). */
export type PluralPair = {
  /** The form for one (`Intl.PluralRules(site.intlLocale)` says "one"). */
  readonly one: string
  /** Every other count. */
  readonly other: string
}

/** The article page, its lite twin, bylines, photos, article types, related stories. */
export type ArticleStrings = {
  readonly types: Readonly<Record<ArticleTypeId, string>>
  /** The label of a live article while it runs ({@link ArticleStrings.types} `live` names the type). */
  readonly liveNow: string
  /** The label of a live article once its coverage is over. */
  readonly liveEnded: string
  /** `{authors}`: the names, linked, joined by `Intl.ListFormat(site.intlLocale)`. */
  readonly byline: string
  /** `{time}`: when the article was last updated. */
  readonly updated: string
  /** `{count}`: minutes. */
  readonly readingTime: PluralPair
  /** `{credit}`: who took the photo; after the caption, if any, and a comma. */
  readonly photoCredit: string
  /** Heading of the article's tag links (a navigation landmark). */
  readonly topics: string
  /** Heading of the related stories below the article. */
  readonly related: string
  /** Before an in-body <RelatedLink>. */
  readonly readAlso: string
  /** Names a table's scrolling box for screen readers. */
  readonly table: string
  /** `{link}`: a link to the lite page, its text `liteLink`. */
  readonly liteOffer: string
  readonly liteLink: string
  /** The lite page's <title>: `{title}` the headline, `{site}` the brand's name. */
  readonly liteTitle: string
  /** On the lite page, `{link}`: a link to the full article, its text `fullLink`. */
  readonly fullOffer: string
  readonly fullLink: string
}

/** Live coverage: the live page and its updates. */
export type LiveStrings = {
  /** The updates' region heading while coverage runs. */
  readonly heading: string
  /** The same heading once coverage has ended. */
  readonly headingEnded: string
  /** The badge before `running`. */
  readonly badge: string
  readonly running: string
  readonly ended: string
  /** The key events list's heading and label. */
  readonly keyEvents: string
  /** A key event's time when the list spans several days: `{day}` is the day heading, `{time}` the time of day. */
  readonly keyEventWhen: string
  /** Flags on an update. */
  readonly pinned: string
  readonly keyEvent: string
  /** The pages of older updates: the navigation's label, the first page, the others (`{page}`). */
  readonly olderUpdates: string
  readonly latestPage: string
  readonly page: string
  /** The polling island's offer, by `Intl.PluralRules` category of `{count}`. */
  readonly newUpdates: { readonly one: string; readonly other: string }
  /** In place of an update whose text cannot be rendered. */
  readonly unrenderable: string
}

/** /corrections and the notices on corrected articles. */
export type CorrectionStrings = {
  /** The notice's heading, by how many it lists; `one` also labels an entry of the log. */
  readonly correction: PluralPair
  readonly clarification: PluralPair
  /** The link to the corrections policy (the notice and the log). */
  readonly policyLink: string
  /** The link from a notice to /corrections. */
  readonly allLink: string
  /** /corrections: its heading and <title>. */
  readonly title: string
  /** /corrections: the sentence under its heading, before the policy link. */
  readonly intro: string
  /** /corrections: its meta description. */
  readonly description: string
  /** After the heading of page 2 on: `{page}`. */
  readonly pageNumber: string
  readonly empty: string
  /** Names the pagination landmark. */
  readonly pagination: string
}

export type AuthorStrings = {
  readonly expertise: string
  /** Before the languages the author reports in. */
  readonly languages: string
  /** Names the list of the author's other profiles: `{name}`. */
  readonly elsewhere: string
  /** Heading of the author's stories: `{name}`. */
  readonly latest: string
  readonly empty: string
  /** After the heading of page 2 on: `{page}`. */
  readonly pageNumber: string
  /** Names the pagination landmark: `{name}`. */
  readonly pagination: string
}

export type TagStrings = {
  /** Above a tag page's heading. */
  readonly kicker: string
  /** A tag page's description: `{count}` stories. */
  readonly count: PluralPair
  /** A tag page's meta description: `{tag}` its label. */
  readonly description: string
  /** /tags: its heading and <title>. */
  readonly indexTitle: string
  /** /tags: the sentence under its heading. */
  readonly indexIntro: string
  /** /tags: its meta description. */
  readonly indexDescription: string
}

export type SearchStrings = {
  /** The search page's heading and <title> without a query. */
  readonly title: string
  /** The <title> with a query: `{query}`. */
  readonly titleWithQuery: string
  readonly description: string
  /** Names the search page's own form (the header's has another name). */
  readonly againLabel: string
  /** The search field's label and placeholder. */
  readonly fieldLabel: string
  readonly button: string
  /** What a reader typed that cannot be searched. */
  readonly empty: string
  /** `{max}` characters allowed, `{length}` typed. */
  readonly tooLong: string
  readonly noWords: string
  /** `{query}`: what was searched, in bold. */
  readonly noMatch: string
  readonly noMatchHint: string
  /** `{count}` results for `{query}` (in bold). */
  readonly count: PluralPair
  /** After the count when there are several pages: `{page}`, `{pages}`. */
  readonly pageOf: string
  /** A page past the last one. */
  readonly noMore: string
  /** Names the previous/next navigation. */
  readonly pages: string
  readonly previous: string
  readonly next: string
}
