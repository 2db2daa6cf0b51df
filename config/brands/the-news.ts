import type { BrandConfig } from '../types'

const name = 'The News'

// The News (thenews.mx): the brand built when BRAND is unset. Its strings are the reference the
// other brands' files are checked against (same keys, same template slots).
export const theNews = {
  id: 'the-news',
  name,
  url: 'https://www.thenews.mx',
  lang: 'en',
  domain: 'WWW.THENEWS.MX',
  tagline: "Mexico's English-language daily",
  description: `${name} is Mexico's English-language daily: Mexican and world news, business, technology, sports, culture and opinion.`,
  intlLocale: 'en-US',
  ogLocale: 'en_US',
  rssLanguage: 'en',
  newsLanguage: 'en',
  timeZone: 'America/Mexico_City',
  dates: {
    network: '{weekday} {day}, {month} {year}',
    dateTime: '{day} of {month} {year} {hh}:{mm}:{ss}',
    short: '{day} {month} {year}',
    time: '{hh}:{mm}',
    day: '{weekday} {day} {month}',
  },
  sections: [
    { id: 'mexico', label: 'Mexico', description: 'Politics, cities and daily life across Mexico.' },
    { id: 'world', label: 'World', description: 'International news seen from Mexico.' },
    { id: 'business', label: 'Business', description: 'Markets, trade, companies and the economy.' },
    { id: 'tech', label: 'Tech', description: 'Technology, science and the digital economy.' },
    { id: 'sports', label: 'Sports', description: 'Football, baseball, boxing and every other game.' },
    { id: 'culture', label: 'Culture', description: 'Film, music, books, food and the arts.' },
    { id: 'opinion', label: 'Opinion', description: 'Columns, analysis and the editorial view.' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: `${name} newsletter`,
    cadence: 'every weekday morning',
    from: `${name} <newsletter@thenews.mx>`,
  },
  // Small enough that the sample archive shows real pagination in every section.
  articlesPerPage: 5,
  standards: {
    ethics: 'standards',
    corrections: 'corrections-policy',
    ownership: 'ownership',
    masthead: 'masthead',
    bylines: 'bylines',
  },
  social: { x: null, facebook: null, instagram: null },
  theme: { ink: '#14213d', paper: '#ffffff', accent: '#b3261e', accentOnInk: '#ffd166', muted: '#595959' },
  search: { language: 'en' },
  divisions: [
    { id: 'digital', name: 'Digital', description: 'News sites, newsletters and apps.' },
    { id: 'prensa', name: 'Prensa', description: 'Daily and weekly print titles.' },
    { id: 'radio', name: 'Radio', description: 'Talk and music stations.' },
    { id: 'tv', name: 'TV', description: 'Television channels and video.' },
  ],
  strings: {
    // ---- common (header, navigation, pagination) ----
    common: {
      skipToContent: 'Skip to main content',
      sectionsNav: 'Sections',
      home: 'Home',
      siteSearch: 'Site search',
      newer: '← Newer',
      older: 'Older →',
      pageOf: 'Page {page} of {total}',
    },
    // ---- network strip ----
    network: {
      label: 'Sister brands of our media group',
      brands: 'Sister brands',
      divisions: 'Divisions',
    },
    // ---- lists (home, section fronts) ----
    lists: {
      homeHeading: '{name}: top stories',
      leadStory: 'Lead story',
      noStoriesYet: 'No stories have been published yet.',
      topStories: 'Top stories',
      moreInSection: 'More {section} news',
      mostRead: 'Most read',
      mostReadNoFigures: 'No reading figures yet: these are the newest stories.',
      pageNumber: 'page {page}',
      noStoriesHere: 'No stories here yet.',
      pagesLabel: '{title}: pages',
      earlierUpdates: '{title}: earlier updates, page {page}',
    },
    // ---- footer ----
    footer: {
      about: 'About {name}',
      standards: 'Our standards',
      ethics: 'Ethics and standards',
      correctionsPolicy: 'Corrections policy',
      corrections: 'Corrections',
      ownership: 'Ownership and funding',
      masthead: 'Masthead',
      bylines: 'Bylines policy',
      sections: 'Sections',
      sectionsLabel: 'Sections (footer)',
      network: 'Our network',
      networkLabel: 'Sister brands of our media group (footer)',
      copyright: '© {year} {name}. All rights reserved.',
    },
    // ---- errors ----
    errors: {
      notFoundTitle: 'Page not found',
      notFoundHeading: 'We could not find that page',
      notFoundText: 'The story may have moved, or the address may have a typo. Try one of our sections:',
      notFoundBack: 'Or go back to the {frontPage}.',
      frontPage: 'front page',
      liteNotFound: 'Not found',
      liteFrontPage: 'Front page',
      withdrawnTitle: 'Story withdrawn',
      withdrawnHeading: 'This story has been withdrawn',
      withdrawnText:
        '{name} has taken this story down. Why we withdraw stories, and how we correct them: {policy}. The latest stories are on the {frontPage}.',
      withdrawnPolicy: 'our corrections policy',
      tooManySearches: 'Too many searches',
      tooManySearchesText: {
        one: 'Your connection has searched {name} very often in the last minute. Try again in {seconds} second; the latest stories are on the {frontPage}.',
        other:
          'Your connection has searched {name} very often in the last minute. Try again in {seconds} seconds; the latest stories are on the {frontPage}.',
      },
      cardWithdrawn: 'This story has been withdrawn',
      cardNotFound: 'No such article',
      unknownSection: 'Unknown section',
      noSitemapPart: 'No such sitemap part',
      noImage: 'No image at this address.',
      imageStoreDown: 'The image store is not reachable right now; try again in a minute.',
    },
    // ---- about and previews ----
    about: {
      title: 'About {name}',
      description: 'About {name}, {tagline}, and the media group it belongs to.',
      intro:
        '{name} is written and edited in Mexico City for readers who follow the country in English: residents, visitors, investors and anyone abroad who wants Mexico explained from Mexico. Articles signed “By {name}” are the work of the newsroom as a whole.',
      network: 'Our network',
      networkIntro: '{name} is one of the sister brands of a Mexican media group:',
      divisions: 'Divisions',
      breadcrumb: 'About',
      lastUpdated: 'Last updated {date}',
      draftNote: 'Draft: not published. Readers cannot see this article.',
      scheduledNote: 'Scheduled: readers will see this article from {date}.',
      preview: 'Preview',
      previewText: '{preview}: you are seeing drafts and scheduled articles that readers cannot see.',
      leavePreview: 'Leave preview',
    },
    // ---- seo ----
    seo: {
      homeTitle: '{name}: {tagline}',
      titleTemplate: '%s | {name}',
      siteFeed: '{name}: latest news',
      sectionFeed: '{name}: {section}',
      listPageTitle: '{title}, page {page}',
      liveUpdatesTitle: '{title}: updates, page {page}',
      authorsList: '{names} and {last}',
      clarification: 'Clarification: {text}',
    },
    // ---- article ----
    article: {
      types: {
        news: 'News',
        analysis: 'Analysis',
        opinion: 'Opinion',
        explainer: 'Explainer',
        interview: 'Interview',
        review: 'Review',
        obituary: 'Obituary',
        live: 'Live',
      },
    },
    // ---- live ----
    live: {
      placeholder: '',
    },
    // ---- corrections ----
    corrections: {
      placeholder: '',
    },
    // ---- author ----
    author: {
      placeholder: '',
    },
    // ---- tags ----
    tags: {
      placeholder: '',
    },
    // ---- search ----
    search: {
      placeholder: '',
    },
    // ---- newsletter ----
    newsletter: {
      placeholder: '',
    },
  },
} as const satisfies BrandConfig
