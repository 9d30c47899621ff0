/**
 * A report format. Outcomes arrive one at a time, in input order, and are written as they come:
 * nothing is kept per file beyond counts, so a report of hundreds of plans streams.
 */
import type { FileOutcome } from '../file-outcome';
import type { RunSummary } from '../run-summary';

export interface Reporter {
  begin(): Promise<void>;
  file(outcome: FileOutcome): Promise<void>;
  end(summary: RunSummary): Promise<void>;
}
