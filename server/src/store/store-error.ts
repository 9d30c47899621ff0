/**
 * A failure of the database the user can act on (damaged file, another writer, a newer schema):
 * the message is shown as is — short Chinese, then `/ English` — with no stack trace.
 */
export type StoreErrorCode = 'sqlite-missing' | 'damaged' | 'not-planlens' | 'newer-schema' | 'busy' | 'read-only' | 'missing' | 'sql';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
