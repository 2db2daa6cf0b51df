// Runs one OpenNext function the way AWS Lambda does, for scripts/serverless/artefact.spec.ts:
// started inside a sandbox (a network namespace with only loopback, an unprivileged user, the
// function's folder read-only), it imports the function's `handler` from its folder, then answers
// one API Gateway event per line on stdin with one result per line on file descriptor 3 (stdout
// and stderr stay the function's own log, as CloudWatch would have them).
import { accessSync, constants, createWriteStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'

const dir = process.argv[2]
if (!dir) throw new Error('usage: invoke-handler.mjs <function folder>')
const replies = createWriteStream('', { fd: 3 })
const reply = (message) => replies.write(JSON.stringify(message) + '\n')

const writable = (path) => {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}
// What the test asserts about the sandbox, read from inside it.
const sandbox = {
  uid: process.getuid?.(),
  // /proc/self/net belongs to the process's network namespace (/sys/class/net would show the host's).
  networkInterfaces: readFileSync('/proc/self/net/dev', 'utf8')
    .split('\n')
    .slice(2)
    .map((line) => line.split(':')[0].trim())
    .filter(Boolean)
    .sort(),
  functionFolderWritable: writable(dir),
  tmpWritable: writable(process.env.TMPDIR || '/tmp'),
}

process.chdir(dir) // Lambda starts a function in its code folder (/var/task)
const started = performance.now()
const { handler } = await import(pathToFileURL(join(dir, 'index.mjs')).href)
reply({ ready: true, importMs: Math.round(performance.now() - started), sandbox })

let counter = 0
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const { id, event } = JSON.parse(line)
  const context = {
    awsRequestId: `local-${++counter}`,
    functionName: 'thenews-server',
    getRemainingTimeInMillis: () => 30_000,
  }
  const t = performance.now()
  try {
    const result = await handler(event, context)
    reply({ id, ms: Math.round(performance.now() - t), result })
  } catch (error) {
    reply({ id, ms: Math.round(performance.now() - t), error: String(error?.stack ?? error) })
  }
}
