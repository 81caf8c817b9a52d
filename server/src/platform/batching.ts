/**
 * Gathers calls that arrive while earlier ones are being served and serves them together, at most
 * `concurrency` batches at a time. A round trip to PostgreSQL costs far more than the work it
 * carries, so under load a hundred callers share one; alone, a caller is served at once and waits
 * for nobody.
 *
 * `serve` answers each request of its batch in order: a value, or an Error for that request only.
 * When `serve` itself fails, every request of the batch fails with that error.
 */
export function batchCalls<Request, Result>(
  serve: (requests: Request[]) => Promise<(Result | Error)[]>,
  { maxBatch = 100, concurrency = 1 }: { maxBatch?: number; concurrency?: number } = {},
): (request: Request) => Promise<Result> {
  type Waiting = { request: Request; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let serving = 0;

  const serveWaiting = async () => {
    serving += 1;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        const results = await serve(batch.map((entry) => entry.request));
        batch.forEach((entry, index) => {
          const result = results[index];
          if (result instanceof Error) entry.reject(result);
          else entry.resolve(result as Result);
        });
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    serving -= 1;
  };

  return (request) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      if (serving < concurrency) void serveWaiting();
    });
}

/**
 * `batchCalls` kept apart per owner (a database pool, say), so callers of one owner never share a
 * batch with another's; each owner's batcher is made on its first call and goes with the owner.
 */
export function batchCallsPer<Owner extends object, Request, Result>(
  serve: (owner: Owner, requests: Request[]) => Promise<(Result | Error)[]>,
  options: { maxBatch?: number; concurrency?: number } = {},
): (owner: Owner, request: Request) => Promise<Result> {
  const batchers = new WeakMap<Owner, (request: Request) => Promise<Result>>();
  return (owner, request) => {
    let batcher = batchers.get(owner);
    if (!batcher) {
      batcher = batchCalls((requests: Request[]) => serve(owner, requests), options);
      batchers.set(owner, batcher);
    }
    return batcher(request);
  };
}
