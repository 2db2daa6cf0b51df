import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PARALLEL_FROM, shardFiles, shardPlan } from './shards'

const files = Array.from({ length: 1000 }, (_, i) => `content/articles/s${i % 7}/story-${i}.mdx`)

test('every file is in exactly one shard, each shard sorted, and the shards are about even', () => {
  const shards = shardFiles(files, 4)
  assert.equal(shards.length, 4)
  assert.deepEqual(shards.flat().sort(), [...files].sort())
  for (const shard of shards) {
    assert.deepEqual(shard, [...shard].sort())
    assert.ok(shard.length > 200 && shard.length < 300, `shard of ${shard.length}`)
  }
  assert.deepEqual(shardFiles([], 2), [[], []])
  assert.throws(() => shardFiles(['a'], 0), /positive integer/)
})

test('adding an article changes only the shard it lands in (the others keep their cache)', () => {
  const before = shardFiles(files, 4)
  const added = 'content/articles/s3/a-new-story.mdx'
  const after = shardFiles([...files, added], 4)
  const changed = after.filter((shard, i) => JSON.stringify(shard) !== JSON.stringify(before[i]))
  assert.equal(changed.length, 1)
  assert.ok(changed[0]!.includes(added))
  // Moving a file to another folder keeps its shard: the slug decides.
  const moved = shardFiles(files.map((f) => f.replace('/s1/', '/s2/')), 4)
  assert.deepEqual(
    moved.map((s) => s.length),
    before.map((s) => s.length),
  )
})

test('a small archive is one contentlayer run; a large one is split so every job has a shard', () => {
  assert.deepEqual(shardPlan(42, { maxShardSize: 2500, jobs: 2 }), { shards: 1, jobs: 1 })
  assert.deepEqual(shardPlan(PARALLEL_FROM - 1, { maxShardSize: 2500, jobs: 2 }).shards, 1)
  assert.deepEqual(shardPlan(2000, { maxShardSize: 2500, jobs: 2 }), { shards: 2, jobs: 2 })
  assert.deepEqual(shardPlan(2000, { maxShardSize: 2500, jobs: 1 }), { shards: 1, jobs: 1 })
  // Memory bounds the shard size, with a tenth spare, whatever the number of jobs; and one more
  // article does not change the number of shards (it did at 10,000 → 10,001).
  assert.deepEqual(shardPlan(10000, { maxShardSize: 2500, jobs: 2 }), { shards: 5, jobs: 2 })
  assert.deepEqual(shardPlan(10001, { maxShardSize: 2500, jobs: 2 }), { shards: 5, jobs: 2 })
  assert.deepEqual(shardPlan(10000, { maxShardSize: 2500, jobs: 1 }), { shards: 5, jobs: 1 })
  assert.deepEqual(shardPlan(5, { maxShardSize: 2, jobs: 2 }), { shards: 5, jobs: 2 })
  assert.throws(() => shardPlan(10, { maxShardSize: 0, jobs: 2 }), /CONTENT_SHARD_SIZE/)
  assert.throws(() => shardPlan(10, { maxShardSize: 10, jobs: Number.NaN }), /CONTENT_JOBS/)
})
