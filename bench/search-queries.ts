// The queries every search measurement times (bench/search-latency.ts, bench/search-compare.ts).
export const QUERIES = [
  'water',
  'elect',
  'Queretaro',
  'housing plan',
  'port',
  'tax hotel',
  'school repairs',
  'energy',
  'mer',
  'council approved budget',
]
