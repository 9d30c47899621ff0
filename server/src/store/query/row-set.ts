/** What a query answers: named columns and rows of plain values, in the order to show them. */
export type Cell = string | number | null;

export interface RowSet {
  columns: string[];
  rows: Cell[][];
}

/** Rows of objects (as better-sqlite3 returns them) as a RowSet with the given columns. */
export function rowSet(columns: string[], objects: ReadonlyArray<Record<string, unknown>>): RowSet {
  return { columns, rows: objects.map((o) => columns.map((c) => cell(o[c]))) };
}

export function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  return String(v);
}
