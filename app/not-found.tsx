import type { Metadata } from 'next'
import { PageShell } from '@/components/PageShell'
import { SECTIONS } from '@/config/sections'
import { t } from '@/config/site'
import { fillNodes } from '@/lib/brand/fill-nodes'

// Next itself adds <meta name="robots" content="noindex"> to not-found responses.
export const metadata: Metadata = { title: t.errors.notFoundTitle }

export default function NotFound() {
  return (
    <PageShell>
      <h1>{t.errors.notFoundHeading}</h1>
      <p>{t.errors.notFoundText}</p>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`/${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
      <p>{fillNodes(t.errors.notFoundBack, { frontPage: <a href="/">{t.errors.frontPage}</a> })}</p>
    </PageShell>
  )
}
