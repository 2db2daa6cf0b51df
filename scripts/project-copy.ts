// Test support for the script tests: a throwaway copy of the project (these entries, with
// node_modules shared by a symlink) in which a test may break files or run builds; the real
// content/ is never touched.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

export function copyProject(
  name: string,
  entries: readonly string[],
  /**
   * 'symlink' (default) shares the project's node_modules; 'hardlink' gives the copy its own tree
   * of hard links (two seconds), for Turbopack, which refuses a node_modules outside the project.
   * Hard links need one file system: where the temporary folder is on another, the copy is made
   * under reports/ (without the lockfile, so the project's own lockfile does not make Next think
   * the copy is a second workspace root).
   */
  nodeModules: 'symlink' | 'hardlink' = 'symlink',
): string {
  const make = (parent: string) => {
    mkdirSync(parent, { recursive: true })
    const dir = mkdtempSync(join(parent, `thenews-${name}-`))
    for (const entry of entries) cpSync(join(root, entry), join(dir, entry), { recursive: true })
    return dir
  }
  if (nodeModules === 'symlink') {
    const dir = make(tmpdir())
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    return dir
  }
  const dir = make(tmpdir())
  try {
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
  }
  const inside = make(join(root, 'reports'))
  rmSync(join(inside, 'package-lock.json'), { force: true })
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(inside, 'node_modules')])
  return inside
}

/** The project's own files: not what builds and tests generate, and of bench/ only its sources. */
export function projectEntries(): string[] {
  const generated = new Set(['node_modules', 'reports', 'out', 'test-results', 'playwright-report', 'blob-report'])
  const top = readdirSync(root).filter((e) => !e.startsWith('.') && !generated.has(e) && e !== 'bench')
  return [
    ...top,
    ...readdirSync(join(root, 'bench'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `bench/${f}`),
  ]
}
