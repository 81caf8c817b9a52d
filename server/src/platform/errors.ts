/**
 * The one error type verbs throw. The HTTP layer turns it into RFC 9457 problem+json, keeping
 * the message: our messages are written for the person reading them.
 */
export type ErrorKind =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'payload_too_large'
  | 'locked'
  | 'rate_limited';

export type FieldProblem = { field: string; message: string };

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly fields: FieldProblem[];
  readonly code: string;

  constructor(kind: ErrorKind, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (entity: string) =>
  new DomainError('not_found', `${entity}_not_found`, `No ${entity.replaceAll('_', ' ')} with that id here.`);

export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError('forbidden', 'forbidden', message);

export const invalid = (field: string, message: string) =>
  new DomainError('validation', 'invalid_input', message, [{ field, message }]);

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
