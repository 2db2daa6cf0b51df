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
    // Production code never imports test helpers, e2e helpers or scripts: those live outside the
    // folders that ship (scripts/test-support/, e2e/lib/), and this keeps it that way.
    files: ['app/**', 'components/**', 'config/**', 'lib/**', '*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'playwright.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(scripts|e2e|bench)(/|$)|test-support',
              message: 'Production code must not import test helpers or scripts (scripts/test-support/, e2e/).',
            },
          ],
        },
      ],
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
      '.brand/**',
      '.contentlayer-shards/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
]

export default config
