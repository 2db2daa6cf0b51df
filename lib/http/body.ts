import { jsonError } from './responses'

/** A request that cannot be served, with the response that says why. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
  toResponse(): Response {
    return jsonError(this.status, this.message)
  }
}

/**
 * The request body as text, refusing more than `maxBytes` whether or not Content-Length is sent
 * (or truthful): the stream is read and cut off, so a huge body costs us no more than the limit.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) throw new HttpError(413, `Request body too large: the limit is ${maxBytes} bytes.`)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new HttpError(413, `Request body too large: the limit is ${maxBytes} bytes.`)
    }
    chunks.push(value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new HttpError(400, 'Request body is not valid UTF-8.')
  }
}

/** The media type of a request without parameters, lower-cased: "application/json". */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Parses a JSON body (after the size check), or a 415/400 that says what is wrong. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (mediaType(request) !== 'application/json') {
    throw new HttpError(415, 'Send the body as JSON, with Content-Type: application/json.')
  }
  const text = await readBodyText(request, maxBytes)
  if (text.trim() === '') throw new HttpError(400, 'Request body is empty: expected a JSON object.')
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new HttpError(400, `Malformed JSON: ${(e as Error).message}`)
  }
}
