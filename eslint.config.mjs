import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Internal links are plain <a> on purpose: full page loads, no RSC prefetch on metered
      // phones (docs/decisions/0003-plain-links.md).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    ignores: [
      'bench/.work/**',
      'bench/node_modules/**',
      'reports/**',
      '.next/**',
      '.open-next/**',
      '.contentlayer/**',
      '.contentlayer-shards/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
]

export default config
