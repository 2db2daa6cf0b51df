import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PARALLEL_FROM, shardFiles, shardPlan } from './shards'

test('files are split in sorted order into shards of at most the given size', () => {
  assert.deepEqual(shardFiles(['c', 'a', 'e', 'b', 'd'], 2), [['a', 'b'], ['c', 'd'], ['e']])
  assert.deepEqual(shardFiles(['b', 'a'], 5), [['a', 'b']])
  assert.deepEqual(shardFiles([], 5), [[]])
  assert.throws(() => shardFiles(['a'], 0), /positive integer/)
})

test('a small archive is one contentlayer run; a large one is split so every job has a shard', () => {
  assert.deepEqual(shardPlan(42, { maxShardSize: 2500, jobs: 2 }), { shards: 1, shardSize: 2500, jobs: 1 })
  assert.deepEqual(shardPlan(PARALLEL_FROM - 1, { maxShardSize: 2500, jobs: 2 }).shards, 1)
  assert.deepEqual(shardPlan(2000, { maxShardSize: 2500, jobs: 2 }), { shards: 2, shardSize: 1000, jobs: 2 })
  assert.deepEqual(shardPlan(2000, { maxShardSize: 2500, jobs: 1 }), { shards: 1, shardSize: 2500, jobs: 1 })
  // Memory still bounds the shard size, whatever the number of jobs.
  assert.deepEqual(shardPlan(10000, { maxShardSize: 2500, jobs: 2 }), { shards: 4, shardSize: 2500, jobs: 2 })
  assert.deepEqual(shardPlan(10000, { maxShardSize: 2500, jobs: 1 }), { shards: 4, shardSize: 2500, jobs: 1 })
  assert.deepEqual(shardPlan(5, { maxShardSize: 2, jobs: 2 }), { shards: 3, shardSize: 2, jobs: 2 })
  assert.throws(() => shardPlan(10, { maxShardSize: 0, jobs: 2 }), /CONTENT_SHARD_SIZE/)
  assert.throws(() => shardPlan(10, { maxShardSize: 10, jobs: Number.NaN }), /CONTENT_JOBS/)
})
