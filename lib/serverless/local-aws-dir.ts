import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Where the serverless test's stand-ins for S3 (incremental cache), DynamoDB (tag cache) and
// CloudFront (invalidations) write: LOCAL_AWS_DIR when set, else the function's own /tmp. Two
// function processes given one folder share them as two Lambda instances share AWS's services
// (scripts/serverless/publish.spec.ts); alone, each instance keeps its own, as before.
export function localAwsDir(): string {
  return process.env.LOCAL_AWS_DIR || tmpdir()
}

export const localAwsPath = (...parts: string[]) => join(localAwsDir(), ...parts)
