import type { components } from './schema.d.ts';

export type Problem = components['schemas']['Problem'];

/** An answer other than 2xx, with the RFC 9457 problem the API sent (null when it sent none). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | null {
    return this.problem?.code ?? null;
  }

  /** Field problems keyed by the input's own name: `body.email` → `email`. */
  get fieldErrors(): Record<string, string> {
    const entries = (this.problem?.errors ?? []).map(({ field, message }) => [
      field.replace(/^body\./, ''),
      message,
    ]);
    return Object.fromEntries(entries);
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful call, or an ApiError carrying the problem. */
export function unwrap<T>({ data, error, response }: FetchResult<T>): T {
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
  return data as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
