import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

// The brands' drawings (config/brands/{id}.wordmark.svg and .icon.svg) go into every page as they
// are (components/Masthead.tsx): each must be plain, self-contained drawing, coloured only by the
// brand's theme.

const DIR = join(import.meta.dirname, 'brands')
const marks = readdirSync(DIR).filter((f) => /\.(wordmark|icon)\.svg$/.test(f))
const ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'title'])
const PAINT = /^(currentColor|none|var\(--brand-(ink|paper|accent|accent-on-ink|muted)\))$/
const PAINT_ATTRIBUTES = new Set(['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'])

/** What is wrong with one SVG file: a small XML reader (the files are generated, so simple markup). */
function svgProblems(svg: string): string[] {
  const problems: string[] = []
  if (/<!|<\?(?!xml\s)/.test(svg))
    problems.push('declarations (DOCTYPE, ENTITY, CDATA, comments) or processing instructions')
  if (/url\s*\(|@import/i.test(svg)) problems.push('a url() or @import reference')
  const stack: string[] = []
  let root: string | undefined
  let rest = svg.trim().replace(/^<\?xml\s[^>]*\?>\s*/, '')
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/
  while (rest.length) {
    const text = /^[^<]*/.exec(rest)![0]
    if (text.trim() && stack.length === 0) problems.push(`text outside the root: ${text.trim().slice(0, 20)}`)
    rest = rest.slice(text.length)
    if (!rest.length) break
    const m = tag.exec(rest)
    if (!m) {
      problems.push(`not well-formed at: ${rest.slice(0, 40)}`)
      break
    }
    rest = rest.slice(m[0].length)
    const [, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string]
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`)
      continue
    }
    if (root === undefined) root = name
    else if (stack.length === 0) problems.push(`a second root element <${name}>`)
    if (!ELEMENTS.has(name)) problems.push(`<${name}> (only ${[...ELEMENTS].join(', ')})`)
    const seen = new Set<string>()
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = a[1]!
      const value = a[2] ?? a[3] ?? ''
      if (seen.has(key)) problems.push(`<${name}> repeats ${key}`)
      seen.add(key)
      if (/^on/i.test(key)) problems.push(`<${name}> has an event handler ${key}`)
      if (/(^|:)href$/i.test(key)) problems.push(`<${name}> has a link ${key}`)
      if (key === 'style') problems.push(`<${name}> has a style attribute (use fill and stroke)`)
      if (PAINT_ATTRIBUTES.has(key) && !PAINT.test(value))
        problems.push(`<${name}> ${key}="${value}" is not currentColor or a brand colour`)
      if (name === 'svg' && key === 'viewBox' && !/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/.test(value))
        problems.push(`viewBox "${value}"`)
    }
    if (name === 'svg' && stack.length === 0 && !seen.has('viewBox')) problems.push('the root <svg> has no viewBox')
    if (name === 'svg' && stack.length === 0 && !/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(attrs))
      problems.push('no SVG namespace')
    if (!selfClosing) stack.push(name)
  }
  if (root !== 'svg') problems.push(`the root is <${root}>, not <svg>`)
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`)
  return problems
}

describe('brand drawings (config/brands/*.wordmark.svg, *.icon.svg)', () => {
  it('exist for the brands being built, and for every whole BrandConfig', () => {
    const wholeConfigs = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && /satisfies BrandConfig\b/.test(readFileSync(join(DIR, f), 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''))
    assert.ok(wholeConfigs.length > 0)
    for (const id of new Set([...wholeConfigs, 'the-news', 'estadio-deportes', 'capital-queretaro']))
      for (const kind of ['wordmark', 'icon']) assert.ok(marks.includes(`${id}.${kind}.svg`), `${id}.${kind}.svg`)
  })

  it('are well-formed, self-contained drawings in the brand’s colours', () => {
    assert.ok(marks.length >= 6)
    for (const f of marks) assert.deepEqual(svgProblems(readFileSync(join(DIR, f), 'utf8')), [], f)
  })

  it('the check refuses scripts, links, foreign content, handlers, other colours and broken markup', () => {
    const ok =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0H10" stroke="currentColor"/></svg>'
    assert.deepEqual(svgProblems(ok), [])
    const bad = [
      ok.replace('<path', '<script>alert(1)</script><path'),
      ok.replace('<path', '<foreignObject/><path'),
      ok.replace('<path', '<image href="https://x.example/a.png"/><path'),
      ok.replace('<path', '<path xlink:href="#a"'),
      ok.replace('<path', '<path onclick="alert(1)"'),
      ok.replace('currentColor', '#ff0000'),
      ok.replace('currentColor', 'url(#g)'),
      ok.replace(' viewBox="0 0 10 10"', ''),
      ok.replace('</svg>', ''),
      ok.replace('<path d="M0 0H10" stroke="currentColor"/>', '<g><path d="M0 0H10"/>'),
      `<!DOCTYPE svg [<!ENTITY x "y">]>${ok}`,
    ]
    for (const svg of bad) assert.notDeepEqual(svgProblems(svg), [], svg)
  })
})
