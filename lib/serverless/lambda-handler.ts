// Where the function's own Lambda handler is found in its process (set by not-found-wrapper.ts):
// for the local queue (local-queue.ts), which hands it the revalidation function's requests.
export const LAMBDA_HANDLER = Symbol.for('thenews.lambdaHandler')

export type LambdaHandler = (event: object) => Promise<unknown>
