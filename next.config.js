// Turbopack (the Next 16 default) builds the app; contentlayer2 runs as its own step before it,
// so the withContentlayer webpack plugin is not used (see docs/decisions/0001-contentlayer-as-its-own-step.md).
// Plain JavaScript, typed through JSDoc: the design card names `next.config.js`, and a config
// that needs no compile step loads the same way in `next build`, `next start` and OpenNext.

// Security headers on every response (docs/decisions/0017-security-headers.md). Scripts need
// 'unsafe-inline': the app router inlines its RSC payload as scripts that differ per page, and
// nonces would make every page dynamic (no static HTML, no ISR). Everything else is locked down.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // `next dev` only: React's development build needs eval() for its debugging features (without it,
  // every page load in `npm run dev` logs an error to the browser console and to the terminal).
  process.env.NODE_ENV === 'development'
    ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
    : "script-src 'self' 'unsafe-inline'",
  // next/image and React set style attributes; CSS itself comes from our own files.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
]

// What other sites may embed: photos, share cards and feeds (web feed readers show our images).
const EMBEDDABLE = [
  '/images/:path*',
  '/renditions/:path*',
  '/_next/image',
  '/og/:path*',
  '/feed.xml',
  '/:section/feed.xml',
  '/logo.png',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      ...EMBEDDABLE.map((source) => ({
        source,
        headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }],
      })),
    ]
  },
  poweredByHeader: false,
  // Loaded from node_modules at run time rather than bundled: PGlite finds its WebAssembly and
  // data files next to its own code, and pg has optional native parts it probes for.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // Article bodies are files read on demand (lib/content/bodies.ts), not bundled: only the routes
  // that read them carry them. Feeds also read image sizes from public/. Share cards read the
  // fonts kept in assets/fonts and the emoji the content step copies (lib/share-card/share-card-text.ts).
  outputFileTracingIncludes: {
    '/[section]/[slug]': ['./.contentlayer/bodies/**'],
    '/search': ['./.contentlayer/search/texts.bin'],
    // Feeds render articles with lib/render/static-markup.ts too (below): React DOM's server renderer.
    '/feed.xml': [
      './.contentlayer/bodies/**',
      './public/images/**',
      './node_modules/react-dom/**',
      './node_modules/react/**',
      './node_modules/scheduler/**',
    ],
    '/[section]/feed.xml': [
      './.contentlayer/bodies/**',
      './public/images/**',
      './node_modules/react-dom/**',
      './node_modules/react/**',
      './node_modules/scheduler/**',
    ],
    '/og/[section]/[slug]': ['./assets/fonts/**', './.contentlayer/emoji/**'],
    '/og/default.png': ['./assets/fonts/**', './.contentlayer/emoji/**'],
    // lib/render/static-markup.ts loads React DOM's server renderer at run time, out of the bundler's sight.
    '/lite/[section]/[slug]': [
      './.contentlayer/bodies/**',
      './node_modules/react-dom/**',
      './node_modules/react/**',
      './node_modules/scheduler/**',
    ],
    '/api/live/[section]/[slug]': [
      './node_modules/react-dom/**',
      './node_modules/react/**',
      './node_modules/scheduler/**',
    ],
  },
  reactStrictMode: true,
  images: {
    // Widths for phones first; the largest is the lead image on a wide screen at 2x.
    deviceSizes: [360, 480, 640, 828, 1080, 1440],
    imageSizes: [96, 192, 320],
    formats: ['image/webp'],
    // Sources: files under public/images only (the content check holds editors to it). Anything
    // else, such as /api/views or a path climbing out of public/, is refused with a 400 before a
    // byte is read.
    localPatterns: [{ pathname: '/images/**', search: '' }],
    // The optimizer sends its own policy in place of ours: as strict, and framing refused too.
    contentSecurityPolicy:
      "default-src 'none'; script-src 'none'; frame-src 'none'; object-src 'none'; frame-ancestors 'none'; sandbox;",
  },
}

export default nextConfig
