/**
 * `{ "files": [ … ] }`, one file per line, each exactly `toJson(path, analysis)` (serialised in the
 * worker), or `{ "path", "error" }` for a file that could not be analysed.
 */
import type { FileOutcome } from '../file-outcome';
import type { OutputSink } from '../output-sink';
import type { Reporter } from './reporter';

export function jsonReporter(out: OutputSink): Reporter {
  let first = true;
  return {
    begin: () => out.write('{"files":['),
    file(outcome: FileOutcome) {
      const body = outcome.json ?? JSON.stringify({ path: outcome.path, error: outcome.error });
      const chunk = (first ? '\n' : ',\n') + body;
      first = false;
      return out.write(chunk);
    },
    end: () => out.write(first ? ']}\n' : '\n]}\n'),
  };
}
