import assert from 'node:assert/strict'
import { test } from 'node:test'
import { shardFiles } from './shards'

test('files are split in sorted order into shards of at most the given size', () => {
  assert.deepEqual(shardFiles(['c', 'a', 'e', 'b', 'd'], 2), [['a', 'b'], ['c', 'd'], ['e']])
  assert.deepEqual(shardFiles(['b', 'a'], 5), [['a', 'b']])
  assert.deepEqual(shardFiles([], 5), [[]])
  assert.throws(() => shardFiles(['a'], 0), /positive integer/)
})
