// Test support for the script tests: a throwaway copy of the project (these entries, with
// node_modules shared by a symlink) in which a test may break files or run builds; the real
// content/ is never touched.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

export function copyProject(name: string, entries: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `thenews-${name}-`))
  for (const entry of entries) cpSync(join(root, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}
