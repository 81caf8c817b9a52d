/**
 * At most `limitBytes` of the body, then the stream is cancelled: a receiver answering with a huge
 * or endless body must not hold the worker until the timeout. A body cut short by the timeout or a
 * reset keeps what arrived; the status already decided the outcome.
 */
export async function readBodyPrefix(response: Response, limitBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  // `stream: true` holds back a multi-byte character split by the limit instead of garbling it.
  const decoder = new TextDecoder();
  let text = '';
  let receivedBytes = 0;
  try {
    while (receivedBytes < limitBytes) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      const chunk = value.subarray(0, limitBytes - receivedBytes);
      receivedBytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    return text;
  } catch {
    return text;
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** fetch reports every network problem as "fetch failed"; the cause says which one. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return `${error.message}: ${cause.message}`;
  return error.message;
}
