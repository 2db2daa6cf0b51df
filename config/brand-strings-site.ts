// The words of every page's frame and of the site-wide pages, by area (config/brand-strings.ts).

/** Header, navigation, pagination: on every page. */
export type CommonStrings = {
  /** The first link of every page, to its main content. */
  readonly skipToContent: string
  /** The section navigation's name (aria-label) and its first link. */
  readonly sectionsNav: string
  readonly home: string
  /** The header's search form (aria-label of its field). */
  readonly siteSearch: string
  /** Pagination: the link to the page of newer stories (with its arrow). */
  readonly newer: string
  readonly older: string
  /** Pagination: `{page}`, `{total}`. */
  readonly pageOf: string
}

/** The group's network strip and footer list. */
export type NetworkStrings = {
  /** The strip's name (aria-label of its nav). */
  readonly label: string
  /** The strip's list of brands (aria-label). */
  readonly brands: string
  /** The strip's list of divisions (aria-label). */
  readonly divisions: string
}

/** The front page, section fronts and other story lists. */
export type ListStrings = {
  /** The front page's hidden h1: `{name}`. */
  readonly homeHeading: string
  /** The lead story's region (aria-label). */
  readonly leadStory: string
  /** The front page before any story is published. */
  readonly noStoriesYet: string
  readonly topStories: string
  /** Under a section's block on the front page: `{section}` (its label). */
  readonly moreInSection: string
  readonly mostRead: string
  /** Most read before there are reading figures. */
  readonly mostReadNoFigures: string
  /** After a list's title past page 1: `{page}`. */
  readonly pageNumber: string
  /** An empty list. */
  readonly noStoriesHere: string
  /** A list's pagination (aria-label): `{title}` (the list's). */
  readonly pagesLabel: string
  /** The h1 of a live article's older updates: `{title}` (the article's, a link), `{page}`. */
  readonly earlierUpdates: string
}

export type FooterStrings = {
  /** `{name}`. */
  readonly about: string
  /** The standards links' heading and name. */
  readonly standards: string
  readonly ethics: string
  readonly correctionsPolicy: string
  /** The corrections log (/corrections). */
  readonly corrections: string
  readonly ownership: string
  readonly masthead: string
  readonly bylines: string
  readonly sections: string
  /** The footer's sections nav (aria-label; the header has one named `common.sectionsNav`). */
  readonly sectionsLabel: string
  readonly network: string
  /** The footer's network nav (aria-label; the strip is named `network.label`). */
  readonly networkLabel: string
  /** `{year}`, `{name}`. */
  readonly copyright: string
}

/** The 404 page, the 410 page of a withdrawn story, the 429 page of search, the lite 404. */
export type ErrorStrings = {
  /** The 404 page's <title>. */
  readonly notFoundTitle: string
  readonly notFoundHeading: string
  readonly notFoundText: string
  /** `{frontPage}`: a link whose text is `frontPage`. */
  readonly notFoundBack: string
  /** A link to / inside a sentence. */
  readonly frontPage: string
  /** The lite article's 404 (title and heading). */
  readonly liteNotFound: string
  /** The lite 404's link to / (alone, so capitalised). */
  readonly liteFrontPage: string
  /** The 410 page: <title> (before " · " and the name), then heading. */
  readonly withdrawnTitle: string
  readonly withdrawnHeading: string
  /** `{name}`, `{policy}` (a link whose text is `withdrawnPolicy`), `{frontPage}` (a link). */
  readonly withdrawnText: string
  readonly withdrawnPolicy: string
  /** The 429 page of search: <title> (before " · " and the name) and heading. */
  readonly tooManySearches: string
  /** `{name}`, `{seconds}`, `{frontPage}` (a link); chosen by the plural of `{seconds}`. */
  readonly tooManySearchesText: { readonly one: string; readonly other: string }
  /** Plain-text bodies: a share card of a withdrawn story (410), of no story (404). */
  readonly cardWithdrawn: string
  readonly cardNotFound: string
  /** Plain text: a section feed of no section; a sitemap part past the last. */
  readonly unknownSection: string
  readonly noSitemapPart: string
  /** Plain text: a published image's address with no image (404); the image store down (503). */
  readonly noImage: string
  readonly imageStoreDown: string
}

/** /about and the standards pages; draft previews. */
export type AboutStrings = {
  /** /about's h1 and title: `{name}`. */
  readonly title: string
  /** /about's meta description: `{name}`, `{tagline}`. */
  readonly description: string
  /** Who the brand is: `{name}`. */
  readonly intro: string
  readonly network: string
  /** Before the list of brands: `{name}`. */
  readonly networkIntro: string
  readonly divisions: string
  /** The standards pages' breadcrumb to /about. */
  readonly breadcrumb: string
  /** A standards page's date: `{date}` (a <time>). */
  readonly lastUpdated: string
  /** An editor's note on a draft. */
  readonly draftNote: string
  /** An editor's note on a scheduled article: `{date}` (a <time>). */
  readonly scheduledNote: string
  /** The preview banner's name (aria-label) and its first, bold word. */
  readonly preview: string
  /** `{preview}` (the bold word). */
  readonly previewText: string
  readonly leavePreview: string
}

/** Titles and descriptions machines read: feeds, metadata, JSON-LD. */
export type SeoStrings = {
  /** The front page's title: `{name}`, `{tagline}`. */
  readonly homeTitle: string
  /** Every page's title after its own: `{name}` (`%s` is Next's slot for the page's title). */
  readonly titleTemplate: string
  /** The site feed's title in <link rel=alternate>: `{name}`. */
  readonly siteFeed: string
  /** A section feed's title (its channel and its link): `{name}`, `{section}`. */
  readonly sectionFeed: string
  /** Page N of a list: `{title}`, `{page}`. */
  readonly listPageTitle: string
  /** Older updates of a live article: `{title}`, `{page}`. */
  readonly liveUpdatesTitle: string
  /** A feed item's authors (dc:creator): `{names}` (comma-separated), `{last}`. */
  readonly authorsList: string
  /** JSON-LD CorrectionComment of a clarification: `{text}`. */
  readonly clarification: string
}
