/**
 * A mistake in how the command was called (unknown option, bad value, nothing to analyse): the
 * process exits with 2 and the message goes to stderr, without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
