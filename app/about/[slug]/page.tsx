import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/JsonLd'
import { t } from '@/config/site'
import { PageShell } from '@/components/PageShell'
import { StandardsPageView } from '@/components/StandardsPageView'
import { getStandardsPage, getStandardsPages } from '@/lib/catalogue/queries'
import { pageMetadata } from '@/lib/seo/metadata'
import { breadcrumbJsonLd } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ slug: string }> }

// The standards pages editors write in content/pages: all prebuilt, any other slug a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return getStandardsPages().map((p) => ({ slug: p.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getStandardsPage((await params).slug)
  if (!page) return {}
  return pageMetadata({ title: page.title, description: page.summary, path: page.url })
}

export default async function StandardsRoute({ params }: Props) {
  const page = getStandardsPage((await params).slug)
  if (!page) notFound()
  return (
    <PageShell>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.about.breadcrumb, path: '/about' },
          { name: page.title, path: page.url },
        ])}
      />
      <StandardsPageView page={page} />
    </PageShell>
  )
}
