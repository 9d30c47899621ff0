/**
 * The input layer's contract: bytes of a file (text, PDF, Word, a saved web page) become plan text,
 * one paragraph a line — what the analysis core reads. CLI, language server and indexer all read
 * files through this layer; none of them knows a format.
 */

export type SourceFormat = 'text' | 'pdf' | 'docx' | 'html';

/** A file read as a plan. `text` is what the core analyses; ranges in reports refer to its lines. */
export interface PlanSource {
  text: string;
  format: SourceFormat;
  /** The text encoding (text and HTML), e.g. `utf-8`, `gb18030`. */
  encoding?: string;
  /** Pages of a PDF. */
  pages?: number;
  /** Invalid UTF-8 sequences replaced by U+FFFD. */
  invalidSequences?: number;
  /** Stray control or NUL characters replaced (OCR output), counted. */
  controlCharacters?: number;
  /** What the reader had to do or could not do, in short Chinese sentences (shown to the user). */
  warnings: string[];
}

/** Why a file could not be read; `message` is short Chinese followed by `/ English`. */
export type InputErrorCode =
  | 'missing'
  | 'unreadable'
  | 'directory'
  | 'too-large'
  | 'not-text'
  | 'scanned'
  | 'encrypted'
  | 'damaged'
  | 'timeout'
  | 'zip-bomb'
  | 'legacy-word'
  | 'unsupported';

export interface InputFailure {
  error: string;
  code: InputErrorCode;
}

export type ReadResult = PlanSource | InputFailure;

export function isFailure(r: ReadResult): r is InputFailure {
  return 'error' in r;
}
