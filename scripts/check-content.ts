// `tsx scripts/check-content.ts [root]`: the content check of every build (lib/content/check.ts);
// one line per problem, and exit 1 so nothing else is built.
import { resolve } from 'node:path'
import { checkContent } from '../lib/content/check'
import { formatProblem } from '../lib/content/validate'

const { problems, articles, authors, pages, bodiesParsed } = await checkContent(resolve(process.argv[2] ?? '.'))
if (problems.length > 0) {
  console.error(`\nContent check failed: ${problems.length} problem(s)\n`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  console.error('\nFix the fields above; nothing was built.\n')
  process.exit(1)
}
console.log(
  `Content check passed: ${articles} articles, ${authors} authors, ${pages} pages (${bodiesParsed} bodies parsed, ${articles + pages - bodiesParsed} unchanged).`,
)
