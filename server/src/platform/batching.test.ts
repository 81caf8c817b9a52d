import { describe, expect, it } from 'vitest';
import { batchCalls } from './batching.ts';

/** A server that records the batches it was given and answers when told to. */
function recordingServer() {
  const batches: number[][] = [];
  const pending: (() => void)[] = [];
  const serve = async (requests: number[]) => {
    batches.push(requests);
    await new Promise<void>((resolve) => pending.push(resolve));
    return requests.map((request) => (request < 0 ? new Error(`refused ${request}`) : request * 10));
  };
  const releaseNext = async () => {
    while (pending.length === 0) await new Promise((resolve) => setImmediate(resolve));
    pending.shift()!();
  };
  return { serve, batches, releaseNext };
}

describe('batchCalls', () => {
  it('serves a lone call at once, and the calls that arrive meanwhile together in the next batch', async () => {
    const server = recordingServer();
    const call = batchCalls(server.serve);
    const first = call(1);
    const rest = [call(2), call(3), call(4)];
    await server.releaseNext();
    await server.releaseNext();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(server.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails only the request its answer refuses, and every request of a batch whose serving failed', async () => {
    const server = recordingServer();
    const call = batchCalls(server.serve);
    const answers = Promise.allSettled([call(1), call(-2), call(3)]);
    await server.releaseNext();
    await server.releaseNext();
    expect((await answers).map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const broken = batchCalls(async (_requests: number[]) => {
      throw new Error('database gone');
    });
    const failed = await Promise.allSettled([broken(1), broken(2)]);
    expect(failed.map((answer) => answer.status === 'rejected' && String(answer.reason))).toEqual([
      'Error: database gone',
      'Error: database gone',
    ]);
  });

  it('keeps batches within their size and runs at most `concurrency` at once', async () => {
    const server = recordingServer();
    const call = batchCalls(server.serve, { maxBatch: 2, concurrency: 2 });
    const answers = Promise.all([1, 2, 3, 4, 5, 6].map((n) => call(n)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.batches).toEqual([[1], [2]]);
    for (let released = 0; released < 4; released += 1) await server.releaseNext();
    expect(await answers).toEqual([10, 20, 30, 40, 50, 60]);
    expect(server.batches).toEqual([[1], [2], [3, 4], [5, 6]]);
  });
});
