import type { LineNode } from '../grammar/syntax';

/** A parsed, non-empty line with where it sits in the document. */
export interface LineInfo {
  node: LineNode;
  /** 0-based line number. */
  line: number;
  /** Offset of the line's first character and just past its last (line break excluded). */
  start: number;
  end: number;
  /** The normalised text of the line, trimmed of surrounding spaces. */
  text: string;
  /** Offset of `text` in the document. */
  textStart: number;
  /** Whether the original line holds tab characters (a table row). */
  hasTabs: boolean;
}
