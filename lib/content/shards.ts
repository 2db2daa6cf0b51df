/**
 * Splits the article files into shards of at most `size` for separate contentlayer runs:
 * contentlayer2 keeps every document in memory (≈250 kB each, measured), so one run over 10,000
 * articles would pass 2 GB; shards of 2,500 stay near 700 MB each. Sorted, so a file's shard is
 * stable from build to build.
 */
export function shardFiles(files: readonly string[], size: number): string[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`shard size must be a positive integer, not ${size}`)
  const sorted = [...files].sort()
  const shards: string[][] = []
  for (let i = 0; i < sorted.length; i += size) shards.push(sorted.slice(i, i + size))
  return shards.length ? shards : [[]]
}

/**
 * How to split `count` articles: shards of at most `maxShardSize` (memory), and from
 * PARALLEL_FROM articles at least `jobs` shards run `jobs` at a time (contentlayer2 keeps about
 * one core busy; below that, its start-up of a few seconds a run outweighs the gain).
 */
export const PARALLEL_FROM = 1000

export function shardPlan(count: number, { maxShardSize, jobs }: { maxShardSize: number; jobs: number }) {
  for (const [name, v] of [
    ['CONTENT_SHARD_SIZE', maxShardSize],
    ['CONTENT_JOBS', jobs],
  ] as const)
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number, not ${v}`)
  const shards = Math.max(Math.ceil(count / maxShardSize), count >= PARALLEL_FROM ? jobs : 1)
  if (shards <= 1) return { shards: 1, shardSize: maxShardSize, jobs: 1 }
  return { shards, shardSize: Math.ceil(count / shards), jobs: Math.min(jobs, shards) }
}
