// Turbopack (the Next 16 default) builds the app; contentlayer2 runs as its own step before it,
// so the withContentlayer webpack plugin is not used (see docs/decisions/0001-contentlayer-as-its-own-step.md).
// Plain JavaScript, typed through JSDoc: the design card names `next.config.js`, and a config
// that needs no compile step loads the same way in `next build`, `next start` and OpenNext.

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time rather than bundled: PGlite finds its WebAssembly and
  // data files next to its own code, and pg has optional native parts it probes for.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // Article bodies are files read on demand (lib/content/bodies.ts), not bundled: only the routes
  // that read them carry them. Feeds also read image sizes from public/. Share cards read the
  // fonts kept in assets/fonts and the emoji the content step copies (lib/share-card-text.ts).
  outputFileTracingIncludes: {
    '/[section]/[slug]': ['./.contentlayer/bodies/**'],
    '/search': ['./.contentlayer/bodies/**'],
    '/feed.xml': ['./.contentlayer/bodies/**', './public/images/**'],
    '/[section]/feed.xml': ['./.contentlayer/bodies/**', './public/images/**'],
    '/og/[section]/[slug]': ['./assets/fonts/**', './.contentlayer/emoji/**'],
    '/og/default.png': ['./assets/fonts/**', './.contentlayer/emoji/**'],
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
  },
}

export default nextConfig
