/**
 * What the analysis of one file hands to the reporters: small, plain data that crosses from a
 * worker by structured clone. Never the plan model or syntax tree — only what is printed.
 */
import type { FileJson, Range, Severity } from '../core';
import type { SourceFormat } from '../input';

export interface FileProblem {
  code: string;
  severity: Severity;
  message: string;
  /** LSP range: 0-based line, 0-based UTF-16 character. */
  range: Range;
}

export interface FileOutcome {
  /** As shown to the user (see display-path.ts). */
  path: string;
  /** Why the file could not be analysed; the other fields are then empty. */
  error?: string;
  /** The encoding the file was read in (utf-8, utf-8-bom, utf-16le, gb18030, …). */
  encoding?: string;
  /** Invalid UTF-8 sequences the reader replaced with U+FFFD (a damaged UTF-8 file). */
  invalidSequences?: number;
  /**
   * A PDF, Word file or web page: what it was read as. Ranges then refer to lines of the converted
   * text, which `planlens convert` writes to `convertedText`.
   */
  source?: { path: string; format: SourceFormat; pages?: number; convertedText: string };
  /** What the reader had to do (control characters removed, tracked changes accepted …), for the user. */
  warnings?: string[];
  title: string | null;
  stats: FileJson['stats'] | null;
  problems: FileProblem[];
  /**
   * `toJson(path, analysis)` serialised and UTF-8 encoded, when the output format is JSON: done in
   * the worker, moved (not copied) to the main thread, written out as is.
   */
  json?: Uint8Array;
}

export function failedOutcome(path: string, error: string): FileOutcome {
  return { path, error, title: null, stats: null, problems: [] };
}
