import { createHash } from 'node:crypto'

/**
 * Splits the article files into `count` shards for separate contentlayer runs: contentlayer2 keeps
 * every document in memory (≈250 kB each, measured), so one run over 10,000 articles would pass
 * 2 GB; shards of about 2,000 stay near 600 MB each. A file's shard comes from a hash of its name
 * (the slug, unique), not its place in a sorted list: adding or removing an article changes only
 * its own shard, so every other shard's cache still holds (lib/content/content-cache.ts). Measured
 * before this: one article added to 10,000 moved half the files to another shard and 4,995 were
 * compiled again.
 */
export function shardFiles(files: readonly string[], count: number): string[][] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shard count must be a positive integer, not ${count}`)
  const shards: string[][] = Array.from({ length: count }, () => [])
  for (const file of [...files].sort()) {
    const name = file.split(/[\\/]/).pop() ?? file
    shards[createHash('sha256').update(name).digest().readUInt32BE(0) % count]!.push(file)
  }
  return shards
}

/**
 * How to split `count` articles: shards of at most `maxShardSize` (memory; a tenth is kept spare
 * because hashing spreads files evenly only on average), and from PARALLEL_FROM articles at least
 * `jobs` shards run `jobs` at a time (contentlayer2 keeps about one core busy; below that, its
 * start-up of a few seconds a run outweighs the gain). The number of shards changes only when the
 * archive crosses a multiple of the spare-kept size, so builds from one publish to the next share it.
 */
export const PARALLEL_FROM = 1000

export function shardPlan(count: number, { maxShardSize, jobs }: { maxShardSize: number; jobs: number }) {
  for (const [name, v] of [
    ['CONTENT_SHARD_SIZE', maxShardSize],
    ['CONTENT_JOBS', jobs],
  ] as const)
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number, not ${v}`)
  const target = Math.max(1, Math.floor(maxShardSize * 0.9))
  const shards = Math.max(Math.ceil(count / target), count >= PARALLEL_FROM ? jobs : 1)
  if (shards <= 1) return { shards: 1, jobs: 1 }
  return { shards, jobs: Math.min(jobs, shards) }
}
