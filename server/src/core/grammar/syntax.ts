/**
 * The syntax tree the parser builds: one node per non-empty line, holding its numbering label
 * and a flat list of items in which brackets, book titles and measures are grouped.
 *
 * Offsets index the document text (normalisation keeps them). `end` is exclusive.
 */

export interface TokNode {
  kind: 'tok';
  /** The token type's name (`Text`, `Comma`, `Deadline`, …). */
  name: string;
  /** The normalised text of the token. */
  image: string;
  start: number;
  end: number;
}

interface GroupBase {
  open: TokNode;
  close: TokNode | null;
  items: Item[];
  start: number;
  end: number;
}

/** A bracketed group `（…）` / `〔…〕` / `［…］`; `close` is null when unclosed. */
export interface BracketNode extends GroupBase {
  kind: 'bracket';
}

/** A book title `《…》`. */
export interface BookNode extends GroupBase {
  kind: 'book';
}

export type GroupNode = BracketNode | BookNode;

/** `18.3%`, `15%—25%`, `150万千瓦左右`. */
export interface QuantityNode {
  value: TokNode;
  unit: TokNode | null;
  /** Upper end of a range. */
  to: TokNode | null;
  toUnit: TokNode | null;
  post: TokNode | null;
  start: number;
  end: number;
}

/** Comparators followed by one or more quantities: `达到18.3%`, `分别下降10%、5%`, `不低于70%`. */
export interface MeasureNode {
  kind: 'measure';
  comparators: TokNode[];
  quantities: QuantityNode[];
  start: number;
  end: number;
}

export type Item = TokNode | GroupNode | MeasureNode;

export interface LineNode {
  start: number;
  end: number;
  label: TokNode | null;
  items: Item[];
}
