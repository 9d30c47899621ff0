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
      const separator = first ? '\n' : ',\n';
      first = false;
      if (!outcome.json) return out.write(separator + JSON.stringify({ path: outcome.path, error: outcome.error }));
      // Two writes rather than a copy of the file's JSON into a new buffer.
      const json = outcome.json;
      return out.write(separator).then(() => out.write(json));
    },
    end: () => out.write(first ? ']}\n' : '\n]}\n'),
  };
}
