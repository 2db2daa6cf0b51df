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
      placeholder: '',
    },
    // ---- network strip ----
    network: {
      placeholder: '',
    },
    // ---- lists (home, section fronts) ----
    lists: {
      placeholder: '',
    },
    // ---- footer ----
    footer: {
      placeholder: '',
    },
    // ---- errors ----
    errors: {
      placeholder: '',
    },
    // ---- about and previews ----
    about: {
      placeholder: '',
    },
    // ---- seo ----
    seo: {
      placeholder: '',
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
      liveNow: 'Live',
      liveEnded: 'Live coverage ended',
      byline: 'By {authors}',
      updated: 'Updated {time}',
      readingTime: { one: '{count} min read', other: '{count} min read' },
      photoCredit: 'photo: {credit}',
      topics: 'Topics',
      related: 'Keep reading',
      readAlso: 'Read also:',
      table: 'Table',
      liteOffer: '{link} of this article, for slow connections',
      liteLink: 'Lite version',
      liteTitle: '{title} | {site} (lite)',
      fullOffer: '{link} (photos in full size, related stories)',
      fullLink: 'Full version of this article',
    },
    // ---- live ----
    live: {
      placeholder: '',
    },
    // ---- corrections ----
    corrections: {
      correction: { one: 'Correction', other: 'Corrections' },
      clarification: { one: 'Clarification', other: 'Clarifications' },
      policyLink: 'How we correct our work',
      allLink: 'All corrections',
      title: 'Corrections and clarifications',
      intro: `When ${name} gets something wrong, we say so on the article and list it here.`,
      description: `Every correction and clarification ${name} has published, newest first.`,
      pageNumber: 'page {page}',
      empty: 'No corrections yet.',
      pagination: 'Corrections: pages',
    },
    // ---- author ----
    author: {
      expertise: 'Expertise:',
      languages: 'Reports in:',
      elsewhere: '{name} elsewhere',
      latest: 'Latest from {name}',
      empty: 'No published stories yet.',
      pageNumber: 'page {page}',
      pagination: '{name}: pages',
    },
    // ---- tags ----
    tags: {
      kicker: 'Topic',
      count: { one: '{count} story, newest first.', other: '{count} stories, newest first.' },
      description: `Stories about {tag} from ${name}.`,
      indexTitle: 'Topics',
      indexIntro: 'Every topic we cover, most written about first.',
      indexDescription: `Every topic ${name} covers, with the number of stories on each.`,
    },
    // ---- search ----
    search: {
      title: 'Search',
      titleWithQuery: 'Search: {query}',
      description: `Search every story published by ${name}.`,
      againLabel: 'Search again',
      fieldLabel: `Search ${name}`,
      button: 'Search',
      empty: 'Type a word or two to search the archive.',
      tooLong: 'Searches can be up to {max} characters long; yours has {length}. Try a few key words.',
      noWords: 'Your search has no letters or numbers in it. Try a word.',
      noMatch: 'No stories match {query}.',
      noMatchHint: 'Check the spelling, use fewer words, or try a broader term, like a place or a topic.',
      count: { one: '{count} story matches {query}', other: '{count} stories match {query}' },
      pageOf: '(page {page} of {pages})',
      noMore: 'There are no more results.',
      pages: 'Search result pages',
      previous: '← Previous',
      next: 'Next →',
    },
    // ---- newsletter ----
    newsletter: {
      signup: {
        heading: 'Get {site} by email',
        footerHeading: 'Newsletter',
        pitch: "The day's essential stories from Mexico, every weekday morning. Free; leave any time.",
        emailLabel: 'Email address',
        button: 'Sign up',
        trapLabel: 'Leave this empty',
        offline: 'We could not reach {site}. Check your connection and try again.',
      },
      page: {
        metaTitle: 'Newsletter',
        description: "The day's essential stories from Mexico in your inbox every weekday morning.",
      },
      confirm: {
        metaTitle: 'Confirm your subscription',
        description: 'Confirm your subscription to the newsletter of {site}.',
        heading: 'Confirm your subscription',
        explanation: 'One click and the newsletter of {site} starts arriving at {email}.',
        button: 'Confirm my subscription',
      },
      unsubscribe: {
        metaTitle: 'Unsubscribe',
        description: 'Stop getting the newsletter of {site}.',
        heading: 'Unsubscribe from the newsletter',
        explanation: 'The newsletter of {site} will stop arriving at {email}.',
        button: 'Unsubscribe',
      },
      badLink: {
        heading: 'This link does not work',
        backLink: 'Go to the newsletter page',
      },
      unavailable: {
        heading: 'The newsletter is unavailable right now',
        linkStillWorks: 'Your link still works: open it again in a few minutes.',
      },
      status: {
        pending:
          "Almost done: we've sent an email to that address. If it is not subscribed yet, the email holds a confirmation link: click it to start getting the newsletter.",
        'pending-again':
          "You've already signed up, so we've sent the confirmation link again. Check your inbox (and spam folder).",
        'already-confirmed': "You're already subscribed with that address. Thank you! There's nothing more to do.",
        confirmed: "You're subscribed. {site} will arrive in your inbox {cadence}.",
        'was-confirmed': 'Your subscription was already confirmed. Nothing more to do.',
        unsubscribed: "You've been unsubscribed. You won't get the newsletter any more.",
        'was-unsubscribed': 'That address is not subscribed, so there was nothing to undo.',
      },
      errors: {
        'email-missing': 'Please enter your email address.',
        'email-too-long': 'That email address is too long.',
        'email-format': 'That does not look like an email address: it needs one @, like name@example.com.',
        'email-non-ascii':
          'We can only send to addresses whose part before the @ uses unaccented letters, digits and . _ + - (our mail cannot reach accented addresses yet).',
        'email-local': 'The part before the @ has characters an email address cannot have.',
        'email-domain': 'The part after the @ is not a valid domain, like example.com.',
        'rate-limited': "You've tried several times in a few minutes. Please wait a little and try again.",
        'bad-link': 'This link is not valid or has expired. Sign up again and we will send a new one.',
        'cross-site': 'This form was sent from another site. To sign up, use the form on a page of this site.',
        unavailable:
          'The newsletter service is unavailable right now. Nothing was saved; please try again in a few minutes.',
      },
      mail: {
        confirmation: {
          subject: 'Confirm your subscription to {site}',
          text:
            'Someone (we hope you) asked for the newsletter of {site} at {email}.\n' +
            '\n' +
            'To confirm, open this link:\n' +
            '{url}\n' +
            '\n' +
            'If it was not you, ignore this email: you will not be subscribed. The link expires in 7 days.',
        },
        welcome: {
          subject: 'Welcome to the newsletter of {site}',
          text:
            'You are subscribed to the newsletter of {site} at {email}.\n' +
            '\n' +
            'To stop getting it at any time, open this link:\n' +
            '{url}',
        },
        alreadySubscribed: {
          subject: "You're already subscribed to {site}",
          text:
            'Someone (we hope you) asked for the newsletter of {site} at {email}, which is already subscribed.\n' +
            'There is nothing more to do.\n' +
            '\n' +
            'If you want to stop getting it, open this link:\n' +
            '{url}',
        },
      },
    },
  },
} as const satisfies BrandConfig
