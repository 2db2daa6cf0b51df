import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SkipLink } from '@/components/SkipLink'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { ContentProblems } from '@/components/ContentProblems'
import { contentProblems } from '@/lib/content/source'
import { themeCss } from '@/lib/brand/theme-css'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: {
    default: fill(t.seo.homeTitle, { name: site.name, tagline: site.tagline }),
    template: fill(t.seo.titleTemplate, { name: site.name }),
  },
  description: site.description,
  applicationName: site.name,
  // Pages replace this through pageMetadata(); it stays for the 404 page.
  alternates: {
    types: { 'application/rss+xml': [{ url: '/feed.xml', title: fill(t.seo.siteFeed, { name: site.name }) }] },
  },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // The masthead's colour: the browser's toolbar continues it.
  themeColor: site.theme.ink,
}

export default function RootLayout({ children }: { children: ReactNode }) {
  // `npm run dev` only: after a bad edit every page shows its file, field and fix, not the old text.
  const problems = contentProblems()
  return (
    <html lang={site.locale}>
      <head>
        {/* The brand's colours (config/brands/{id}.ts theme), read by app/globals.css. */}
        <style dangerouslySetInnerHTML={{ __html: themeCss(site.theme) }} />
      </head>
      <body>
        <SkipLink />
        {problems.length > 0 ? <ContentProblems problems={problems} /> : children}
      </body>
    </html>
  )
}
