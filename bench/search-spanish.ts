// `npx tsx bench/search-spanish.ts [N]` (default 500): the Spanish tokenizer (lib/search/spanish.ts)
// against the English one on a generated Spanish corpus: time a word, index terms and bytes, and
// recall on word families typed with and without accents. Prints markdown (docs/performance.md,
// "Spanish search"). Issue 21.
import { gzipSync } from 'node:zlib'
import { performance } from 'node:perf_hooks'
import { buildSearchIndex } from '../lib/search/build-index'
import { fold } from '../lib/search/fold'
import { tokenizer } from '../lib/search/language'
import type { SearchSource } from '../lib/search/types'

const N = Number(process.argv[2] ?? 500)
const en = tokenizer('en')
const es = tokenizer('es')

// Families a reader expects to meet (as in the design's harness, /work/notes/brands-design.md §3).
const FAMILIES = [
  ['inundación', 'inundaciones', 'inundado', 'inundada', 'inundaron'],
  ['elección', 'elecciones', 'electoral', 'electorales'],
  ['gobernador', 'gobernadora', 'gobernadores', 'gobernación'],
  ['partido', 'partidos'],
  ['jugador', 'jugadores', 'jugadora', 'jugadoras'],
  ['campeón', 'campeones', 'campeona', 'campeonato'],
  ['México', 'mexicano', 'mexicana', 'mexicanos'],
  ['Querétaro', 'queretano', 'queretanos', 'queretana'],
  ['policía', 'policías', 'policial'],
  ['económico', 'económica', 'economía', 'económicos'],
  ['árbitro', 'árbitros', 'arbitraje'],
  ['goles', 'gol'],
  ['lesión', 'lesiones', 'lesionado'],
  ['país', 'países'],
  ['presupuesto', 'presupuestos', 'presupuestal'],
  ['investigación', 'investigaciones', 'investigar', 'investigó'],
  ['fútbol', 'futbol', 'futbolista', 'futbolistas'],
  ['obra', 'obras'],
  ['agua', 'aguas'],
  ['vecino', 'vecinos', 'vecina', 'vecinas'],
  ['entrenador', 'entrenadores', 'entrenadora'],
  ['alcalde', 'alcaldes', 'alcaldesa', 'alcaldía'],
  ['lluvia', 'lluvias'],
  ['violencia', 'violento', 'violentos'],
]
// News words beyond the families, and function words at something like their share of real text.
const WORDS = [
  ...FAMILIES.flat(),
  ...'gobierno presidenta presidente congreso senado diputados reforma ley seguridad salud hospital escuela maestros alumnos empresa empresas empleo trabajo trabajadores salario inflación precio precios gasolina peso dólar banco crédito inversión exportaciones aranceles comercio frontera migrantes migración carretera tren aeropuerto vuelo turismo hotel playa ciudad colonia municipio estado estados región norte sur capital lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre año años día días semana mes meses hoy ayer mañana millones mil ciento por ciento total general mayor menor nuevo nueva nuevos nuevas primer primera último última final acuerdo dijo afirmó aseguró señaló informó explicó anunció presentó aprobó rechazó detuvieron murieron heridos víctimas tormenta huracán sismo incendio sequía cosecha aguacate maíz tortilla mercado feria festival cine música concierto museo libro autor película serie equipo torneo liga partido victoria derrota empate temporada estadio afición portero delantero defensa técnico club selección mundial olímpico medalla récord'.split(
    ' ',
  ),
]
const FUNCTION =
  'de la que el en y a los se del las un por con no una su para es al lo como más o pero sus le ha ya fue este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros'.split(
    ' ',
  )

// A seeded generator, so every run measures the same corpus.
let seed = 21
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
const sentence = (n: number) =>
  Array.from({ length: n }, () => (random() < 0.45 ? pick(FUNCTION) : pick(WORDS))).join(' ')

const sources: SearchSource[] = Array.from({ length: N }, (_, i) => ({
  url: `/mexico/nota-${i}`,
  slug: `nota-${i}`,
  textAt: [0, 0],
  title: sentence(10),
  summary: sentence(25),
  section: 'México',
  publishedAt: '2024-01-01T00:00:00.000Z',
  authors: ['Redacción'],
  tags: [pick(WORDS), pick(WORDS)],
  draft: false,
  text: Array.from({ length: 30 }, () => sentence(20)).join('. '),
}))
const allText = sources.map((s) => s.text).join(' ')
// The same words made each unique (a syllable before them): every word misses the Spanish
// tokenizer's memo of recent words, the cost of a first sight.
const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu'.split(' ')
const unique = allText
  .split(' ')
  .map((w, i) => `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}${w}`)
  .join(' ')
const wordCount = allText.split(' ').length

// The fastest of 7 runs: the machine may be shared, and the slower runs measure the neighbours.
function perWord(t: typeof en, text = allText): string {
  let best = Infinity
  for (let r = 0; r < 7; r++) {
    const start = performance.now()
    t.terms(text)
    best = Math.min(best, performance.now() - start)
  }
  return ((best / wordCount) * 1000).toFixed(2)
}

function indexRow(name: string, t: typeof en): string {
  let ms = Infinity
  let index = buildSearchIndex(sources, t)
  for (let r = 0; r < 3; r++) {
    const start = performance.now()
    index = buildSearchIndex(sources, t)
    ms = Math.min(ms, performance.now() - start)
  }
  const json = JSON.stringify(index)
  const postings = index.postings.reduce((n, p) => n + p.length, 0)
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`
  return `| ${name} | ${index.terms.length} | ${postings} | ${kb(json.length)} | ${kb(gzipSync(json).length)} | ${ms.toFixed(0)} ms |`
}

function recall(t: typeof en): string {
  let exact = 0
  let prefix = 0
  let pairs = 0
  let terms = 0
  for (const family of FAMILIES) {
    const queries = [...new Set([...family, ...family.map(fold)])]
    for (const word of family) {
      const indexed = t.terms(word)
      terms += indexed.length
      for (const q of queries) {
        pairs++
        const [term = ''] = t.queryTerms(q)
        if (indexed.includes(term)) exact++
        else if (term.length >= 3 && indexed.some((x) => x.startsWith(term))) prefix++
      }
    }
  }
  const pct = (n: number) => `${((100 * n) / pairs).toFixed(1)} %`
  return `${pct(exact)} | ${pct(exact + prefix)} | ${(terms / FAMILIES.flat().length).toFixed(2)} | ${pairs} pairs`
}

console.log(`Spanish corpus: ${N} generated articles, ${wordCount} body words (bench/search-spanish.ts)\n`)
console.log(
  '| tokenizer | µs a word (terms of all bodies, best of 7) | recall exact | + prefix (≥3) | terms a word | |',
)
console.log('| --- | --- | --- | --- | --- | --- |')
console.log(`| English (today's) | ${perWord(en)} | ${recall(en)} |`)
console.log(`| Spanish | ${perWord(es)} | ${recall(es)} |`)
console.log(`| Spanish, every word new | ${perWord(es, unique)} | | | | |`)
console.log(`| English, every word new | ${perWord(en, unique)} | | | | |`)
console.log('\n| index built with | terms | postings | JSON | gzipped | build (best of 3) |')
console.log('| --- | --- | --- | --- | --- | --- |')
console.log(indexRow('English tokenizer', en))
console.log(indexRow('Spanish tokenizer', es))
