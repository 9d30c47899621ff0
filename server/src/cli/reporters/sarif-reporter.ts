/**
 * SARIF 2.1.0, for code scanning and other tools: one run; the rules from the core's RULES; one
 * result per problem with a 1-based region (columns in UTF-16 code units, as `columnKind` says,
 * which is what the core's offsets count); files that could not be analysed, and inputs that
 * matched nothing, as tool execution notifications. Streamed: results are written as files
 * complete; only the notifications wait for the end. A result in a PDF, Word file or web page
 * carries `properties.source` (format, pages, convertedText): its region is in lines of the
 * converted text, which `planlens convert` writes.
 */
import type * as Sarif from 'sarif';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Severity } from '../../core';
// The rules alone, not the core's index: with workers, the parser stays out of the main thread.
import { RULES } from '../../core/rules';
import type { FileOutcome, FileProblem } from '../file-outcome';
import type { OutputSink } from '../output-sink';
import { packageVersion } from '../../package-version';
import type { RunSummary } from '../run-summary';
import type { Reporter } from './reporter';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function sarifReporter(out: OutputSink, cwd = process.cwd()): Reporter {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  let first = true;
  return {
    begin() {
      const driver: Sarif.ToolComponent = {
        name: 'PlanLens',
        version: packageVersion(),
        rules: RULES.map((r) => ({
          id: r.code,
          shortDescription: { text: r.description },
          defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
        })),
      };
      const head = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + path.sep).href } }, results: [] }],
      } satisfies Sarif.Log;
      // Everything up to the results array, which is then filled as files complete.
      const json = JSON.stringify(head);
      return out.write(json.slice(0, json.lastIndexOf('[]}]}') + 1));
    },
    file(o: FileOutcome) {
      if (o.problems.length === 0) return Promise.resolve();
      const location = artifactLocation(o.path);
      // A PDF, Word file or page: the region's lines are those of its converted text, as the result says.
      const properties = o.source ? { source: { ...o.source, regionsRefer: 'convertedText' } } : undefined;
      const chunk = o.problems.map((p) => JSON.stringify({ ...result(p, location, ruleIndex.get(p.code)), ...(properties ? { properties } : {}) })).join(',\n');
      const prefix = first ? '\n' : ',\n';
      first = false;
      return out.write(prefix + chunk);
    },
    end(summary: RunSummary) {
      const notifications: Sarif.Notification[] = [
        ...summary.failed.map((f) => ({
          level: 'error' as const,
          message: { text: `${f.path}: ${f.error}` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path) } }],
        })),
        ...summary.unmatched.map((u) => ({ level: 'error' as const, message: { text: `没有匹配的文件 / no files match: ${u}` } })),
      ];
      const invocation: Sarif.Invocation = {
        executionSuccessful: notifications.length === 0,
        toolExecutionNotifications: notifications.length ? notifications : undefined,
      };
      return out.write(`${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`);
    },
  };
}

/** Relative paths stay relative (to %SRCROOT%, the working directory), percent-encoded per segment. */
function artifactLocation(shown: string): Sarif.ArtifactLocation {
  if (path.isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function result(p: FileProblem, artifactLocation: Sarif.ArtifactLocation, ruleIndex: number | undefined): Sarif.Result {
  return {
    ruleId: p.code,
    ruleIndex,
    level: sarifLevel(p.severity),
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: p.range.start.line + 1,
            startColumn: p.range.start.character + 1,
            endLine: p.range.end.line + 1,
            endColumn: p.range.end.character + 1,
          },
        },
      },
    ],
  };
}
