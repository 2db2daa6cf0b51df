#!/usr/bin/env node
// Deterministic synthetic corpus: `node bench/gen-corpus.mjs --count N --out DIR [--seed S]`.
// Writes contract-valid MDX (~600 words: headings, a blockquote, a list, a lead image, 1–3
// authors, tags) as DIR/{section}/{slug}.mdx. Article i has its own seeded stream, so the first
// 200 articles of the 2,000 corpus are the 200 corpus. Never point --out at content/.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom as rng } from '../scripts/seeded-random.mjs'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
)
const count = Number(args.count ?? 200)
const out = resolve(args.out ?? '')
const seed = Number(args.seed ?? 2008)
const root = resolve(args.project ?? '.')
const realContent = resolve(dirname(fileURLToPath(import.meta.url)), '../content')
if (!args.out || out === realContent || out.startsWith(`${realContent}/`))
  throw new Error("--out must be a scratch folder, never the project's own content/")

const SECTIONS = ['mexico', 'world', 'business', 'tech', 'sports', 'culture', 'opinion']
const authors = readdirSync(join(root, 'content/authors')).map((f) => f.replace(/\.ya?ml$/, ''))
const images = readdirSync(join(root, 'public/images'), { recursive: true })
  .filter((f) => String(f).endsWith('.jpg') && !String(f).startsWith('authors'))
  .map((f) => `/images/${f}`)

const W = {
  subject: [
    'The council',
    'Farmers',
    'The ministry',
    'Residents',
    'A coalition of firms',
    'Teachers',
    'Port workers',
    'Researchers',
    'The state government',
    'Local officials',
    'Fishing cooperatives',
    'Small shops',
  ],
  verb: [
    'approved',
    'rejected',
    'delayed',
    'expanded',
    'reviewed',
    'questioned',
    'funded',
    'announced',
    'extended',
    'cut',
  ],
  object: [
    'a water plan',
    'new bus routes',
    'the housing program',
    'a tax on hotel stays',
    'school repairs',
    'the road project',
    'a fund for clinics',
    'rules for street markets',
    'solar rooftops',
    'a port expansion',
  ],
  place: [
    'Puebla',
    'Mérida',
    'Monterrey',
    'Querétaro',
    'Oaxaca',
    'Tijuana',
    'Veracruz',
    'León',
    'Culiacán',
    'Toluca',
    'Hermosillo',
    'Morelia',
  ],
  when: [
    'on Tuesday',
    'this week',
    'after months of talks',
    'late on Friday',
    'before the holidays',
    'in a close vote',
  ],
  detail: [
    'The cost was not disclosed.',
    'Critics called the timing political.',
    'Supporters said it was overdue.',
    'Details will follow next month.',
    'The plan still needs federal approval.',
    'Neighbours asked for public hearings.',
  ],
  tag: [
    'water',
    'transport',
    'housing',
    'education',
    'health',
    'energy',
    'trade',
    'elections',
    'climate',
    'security',
    'tourism',
    'football',
    'cinema',
    'books',
    'markets',
    'agriculture',
  ],
}
const pick = (r, list) => list[Math.floor(r() * list.length)]

function sentence(r) {
  return `${pick(r, W.subject)} in ${pick(r, W.place)} ${pick(r, W.verb)} ${pick(r, W.object)} ${pick(r, W.when)}. ${pick(r, W.detail)}`
}
function paragraph(r, n = 4) {
  return Array.from({ length: n }, () => sentence(r)).join(' ')
}

const base = Date.parse('2026-11-24T12:00:00-06:00')
mkdirSync(out, { recursive: true })
for (let i = 0; i < count; i++) {
  const r = rng(seed + i * 7919)
  const section = SECTIONS[i % SECTIONS.length]
  const place = pick(r, W.place)
  const title = `${pick(r, W.subject)} in ${place} ${pick(r, W.verb)} ${pick(r, W.object)}`
  const slug = `${title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${i}`
  const date = new Date(base - i * 3 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const byline = Array.from(new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, authors))))
  const tags = Array.from(new Set(Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, W.tag))))
  const image = images.length ? pick(r, images) : undefined
  const body = [
    paragraph(r, 5),
    paragraph(r, 5),
    `## What changes in ${place}`,
    paragraph(r, 5),
    `> ${sentence(r)}`,
    paragraph(r, 4),
    ['- ' + sentence(r), '- ' + sentence(r), '- ' + sentence(r), '- ' + sentence(r)].join('\n'),
    `## What comes next`,
    paragraph(r, 5),
    paragraph(r, 4),
  ].join('\n\n')
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(sentence(r))}`,
    `date: ${date}`,
    `section: ${section}`,
    ...(byline.length ? [`authors: [${byline.join(', ')}]`] : []),
    `tags: [${tags.join(', ')}]`,
    ...(image
      ? ['image:', `  src: ${image}`, `  alt: ${JSON.stringify(`Illustration for ${place}`)}`, `  credit: The News`]
      : []),
    '---',
  ].join('\n')
  mkdirSync(join(out, section), { recursive: true })
  writeFileSync(join(out, section, `${slug}.mdx`), `${front}\n\n${body}\n`)
}
console.log(`Wrote ${count} articles to ${out}`)
