import type { ContentProblem } from '@/lib/content/validate'
import styles from './ContentProblems.module.css'

/**
 * `npm run dev` only: what the content check found on the last save, in place of the page, so an
 * editor sees it where they look. The same lines the build prints; saving a fix reloads the page.
 */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  return (
    <main id="main" className={styles.panel}>
      <h1 className={styles.title}>
        The content has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
      </h1>
      <p>Fix {problems.length === 1 ? 'it' : 'them'} and save: this page reloads. A build would stop here too.</p>
      <ul className={styles.list}>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.file}</code>: <strong>{p.field}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </main>
  )
}
