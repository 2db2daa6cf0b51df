import type { Metadata } from 'next'
import { PageShell } from '@/components/PageShell'
import { SECTIONS } from '@/config/sections'

// Next itself adds <meta name="robots" content="noindex"> to not-found responses.
export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <PageShell>
      <h1>We could not find that page</h1>
      <p>The story may have moved, or the address may have a typo. Try one of our sections:</p>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`/${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
      <p>
        Or go back to the <a href="/">front page</a>.
      </p>
    </PageShell>
  )
}
