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
