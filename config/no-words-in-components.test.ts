import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { test } from 'node:test'
import ts from 'typescript'

// No component or route holds a word of its own (issue 21): every word a reader sees comes from
// the brand's config (config/brand-strings.ts). This walks the syntax of every .tsx under app/ and
// components/ for text between tags and for the attributes readers hear or see (aria-label,
// title, alt, placeholder, label) written as literals.
const root = join(import.meta.dirname, '..')
/** Editor-facing, never on a reader's page: the dev server's content-problems page. */
const EDITOR_ONLY = new Set(['components/ContentProblems.tsx'])
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description'])

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsxFiles(path)
    return name.endsWith('.tsx') && !name.includes('.test.') ? [path] : []
  })
}

/** Literal words in a TSX source: `line: text` for each. */
function literalWords(source: string, file = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const at = (node: ts.Node, text: string) =>
    found.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) at(node, node.text)
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(sf)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2,}/u.test(node.initializer.text)
    )
      at(node, node.getText(sf))
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

test('the scan sees words between tags and in read attributes, not in class names or code', () => {
  assert.deepEqual(literalWords('const a = <p className="lead">Read <b>more</b></p>'), ['1: Read', '1: more'])
  assert.deepEqual(literalWords('const a = <img alt="A photo" src="/x.jpg" />'), ['1: alt="A photo"'])
  assert.deepEqual(literalWords('const a = <a aria-label={t.x} href="/about">{t.y} · </a>'), [])
})

test('no component or route spells out a word: they come from the brand config', () => {
  const files = ['app', 'components'].flatMap((d) => tsxFiles(join(root, d)))
  assert.ok(files.length > 50, `only ${files.length} files found`)
  const found = files
    .filter((f) => !EDITOR_ONLY.has(relative(root, f)))
    .flatMap((f) => literalWords(readFileSync(f, 'utf8'), f).map((w) => `${relative(root, f)}:${w}`))
  assert.deepEqual(found, [])
})
