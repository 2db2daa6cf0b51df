import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { LivePage } from '@/lib/live/merge'
import { LITE_CSS } from '@/lib/render/lite-css'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { absoluteUrl } from '@/lib/seo/urls'
import { ArticleContent } from './ArticleContent'
import { Masthead } from './Masthead'
import { NetworkHeader } from './NetworkHeader'
import { SectionNav } from './SectionNav'
import { TemplateText } from './TemplateText'

/**
 * The lite article page (/lite/{section}/{slug}) as a whole HTML document, rendered to static
 * markup by its route (docs/decisions/0018-lite-pages-as-a-route-handler.md): the article through
 * the same ArticleContent as the full page, the network strip, masthead and section links, one
 * small stylesheet inline, no JavaScript, no web fonts. Not indexed: the full article is canonical.
 */
export function LiteArticlePage({ article, live }: { article: ArticleView; live: LivePage | null }) {
  return (
    <html lang={site.locale}>
      {/* A whole document rendered to a string (not a page of the app router): a plain <head>. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fill(t.article.liteTitle, { title: article.title, site: site.name })}</title>
        <meta name="description" content={article.summary} />
        <meta name="robots" content="noindex, follow" />
        <link rel="canonical" href={absoluteUrl(site.url, article.url)} />
        {/* Declared, or the browser looks for it on every view all the same (app/favicon.ico). */}
        <link rel="icon" href="/favicon.ico" sizes="any" />
        <style dangerouslySetInnerHTML={{ __html: LITE_CSS }} />
      </head>
      <body>
        <header>
          <NetworkHeader dateScript={false} />
          <Masthead />
          <SectionNav current={article.section.id} />
        </header>
        <main>
          <article>
            <ArticleContent article={article} live={live} lite />
          </article>
          <p className="full">
            <TemplateText
              template={t.article.fullOffer}
              slots={{ link: <a href={article.url}>{t.article.fullLink}</a> }}
            />
          </p>
        </main>
        <footer>
          <p>
            © {new Date().getUTCFullYear()} <a href="/">{site.name}</a>, {site.tagline}
          </p>
        </footer>
      </body>
    </html>
  )
}
