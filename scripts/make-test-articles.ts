// The articles the tests need that the sample content cannot give on every date: a story published
// an hour and a half ago (the news sitemap lists the last two days only) and one scheduled two weeks
// ahead (scheduling is tested by moving a server's clock past it). Written by scripts/test.sh
// before the content step, dated from this process's clock (shifted in the year-ahead run), into
// _test/ in the built brand's articles folder (content/articles/_test/ for The News,
// content/brands/{id}/articles/_test/ for another: lib/content/paths.ts), which git ignores, the
// test run deletes, and the content check refuses unless THENEWS_TEST_ARTICLES=1, so a production
// build can never publish them.
//   tsx scripts/make-test-articles.ts          writes them
//   tsx scripts/make-test-articles.ts --remove deletes them
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { site } from '../config/site'
import { TEST_ARTICLES_DIR } from '../lib/content/test-articles'

// The brand is the one the content step selected (scripts/select-brand.mjs): a BRAND that differs
// would put the articles in the wrong brand's folder, in its sections.
const wanted = process.env.BRAND?.trim()
if (wanted && wanted !== site.id) {
  console.error(
    `BRAND=${wanted}, but the selected brand is ${site.id}: run BRAND=${wanted} node scripts/select-brand.mjs first.`,
  )
  process.exit(1)
}
const dir = join(resolve(import.meta.dirname, '..'), TEST_ARTICLES_DIR)
// In the built brand's sections: the first (The News: mexico), and the last that is not opinion
// (The News: culture), as an opinion section changes the article's type.
const sections = site.sections.map((s) => s.id)
const fresh = sections[0]
const scheduled = sections.filter((s) => s !== site.opinionSection).at(-1)
if (!fresh || !scheduled) throw new Error(`config/brands/${site.id}.ts: no sections to write test articles in`)
type TestText = { title: string; summary: string; tag: string; body: string }
const ENGLISH: { fresh: TestText; scheduled: TestText } = {
  fresh: {
    title: 'Ferry timetable to Isla Mujeres adds a late crossing for night-shift workers',
    summary:
      'A test story written by the test run itself, dated an hour and a half before it, so the news sitemap always has a story from the last two days.',
    tag: 'transport',
    body: 'The ferry line added a crossing at half past eleven at night. Hotel cooks and cleaners who finish late had been sleeping in the staff rooms or paying for taxis along the long road around the lagoon.\n\nThe company said the late boat will run for a three-month trial, and that it will keep it if it carries at least sixty people a night.',
  },
  scheduled: {
    title: 'Restored lighthouse in Mazatlán reopens its stairway to visitors',
    summary:
      'A test story written by the test run itself and scheduled two weeks after it, so publishing at a set time can be tested on any date.',
    tag: 'heritage',
    body: 'The stairway to the lamp room reopens after two years of repairs to the stone and the iron railings. Visitors climb in groups of twenty, and the last group leaves before sunset.\n\nRestorers kept the original treads where they could and marked the new ones with a small brass plate.',
  },
}
const SPANISH: { fresh: TestText; scheduled: TestText } = {
  fresh: {
    title: 'El transbordador a Isla Mujeres suma un cruce nocturno para quienes salen tarde del trabajo',
    summary:
      'Una nota de prueba que escribe la propia corrida de pruebas, fechada hora y media antes, para que el mapa de noticias siempre tenga una nota de los dos últimos días.',
    tag: 'transporte',
    body: 'La naviera agregó un cruce a las once y media de la noche. Cocineras y personal de limpieza de los hoteles que terminan tarde dormían en los cuartos de empleados o pagaban taxi por la carretera larga que rodea la laguna.\n\nLa empresa dijo que el barco nocturno correrá tres meses de prueba y que lo mantendrá si lleva al menos sesenta personas por noche.',
  },
  scheduled: {
    title: 'El faro restaurado de Mazatlán reabre su escalera a los visitantes',
    summary:
      'Una nota de prueba que escribe la propia corrida de pruebas, programada dos semanas después, para probar la publicación a una hora fija en cualquier fecha.',
    tag: 'patrimonio',
    body: 'La escalera que sube a la linterna reabre después de dos años de reparaciones en la piedra y en los barandales de hierro. Se sube en grupos de veinte y el último grupo baja antes de que se ponga el sol.\n\nLos restauradores conservaron los escalones originales donde pudieron y marcaron los nuevos con una pequeña placa de latón.',
  },
}

rmSync(dir, { recursive: true, force: true })

if (!process.argv.includes('--remove')) {
  const HOUR = 3_600_000
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const now = Date.now()
  mkdirSync(dir, { recursive: true })
  // In the brand's language (a Spanish brand's pages carry no English; e2e/brands.spec.ts).
  const text = site.lang === 'en' ? ENGLISH : SPANISH
  writeFileSync(
    join(dir, 'test-fresh-ferry-timetable.mdx'),
    `---
title: ${text.fresh.title}
summary: ${text.fresh.summary}
date: ${iso(now - 1.5 * HOUR)}
section: ${fresh}
tags: [${text.fresh.tag}]
---

${text.fresh.body}
`,
  )
  writeFileSync(
    join(dir, 'test-scheduled-lighthouse-reopens.mdx'),
    `---
title: ${text.scheduled.title}
summary: ${text.scheduled.summary}
date: ${iso(now + 14 * 24 * HOUR)}
section: ${scheduled}
tags: [${text.scheduled.tag}]
---

${text.scheduled.body}
`,
  )
  console.log(`Test articles written to ${TEST_ARTICLES_DIR}/ (dated from ${iso(now)})`)
}
