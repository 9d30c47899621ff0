/**
 * A task-division table (重点任务分工表), one row a line with tab-separated cells, usually in an
 * annex:
 *
 *   序号  重点任务        牵头单位       配合单位       完成时限
 *   1     大力发展光伏    市发展改革委   市能源局       2025年底前
 *
 * Each row gives the task of the same title its lead and supporting agencies and its deadline, as
 * an agency clause after the task would.
 */
import type { Cell } from './tables';
import { cells } from './tables';
import type { LineInfo } from './line-info';
import type { AgencyClause, AgencyName, Task } from './types';

const TASK_COL = /任务|工作|事项|内容|措施|举措/;
const LEAD_COL = /牵头|责任单位|责任部门|责任主体|主责/;
const SUPPORT_COL = /配合|参与|协同|协办/;
const DEADLINE_COL = /时限|期限|时间|进度/;

export interface DivisionRow {
  /** The task's title as the table gives it. */
  task: string;
  clause: AgencyClause;
}

/** The rows of a division table (`rows` are consecutive table lines, header first), or none. */
export function readDivisionTable(rows: LineInfo[]): DivisionRow[] {
  if (rows.length < 2) return [];
  const header = cells(rows[0]).map((c) => c.text);
  const leadCol = header.findIndex((h) => LEAD_COL.test(h));
  const taskCol = header.findIndex((h, i) => i !== leadCol && TASK_COL.test(h) && !LEAD_COL.test(h));
  if (leadCol < 0 || taskCol < 0) return [];
  const supportCol = header.findIndex((h, i) => i !== leadCol && SUPPORT_COL.test(h));
  const deadlineCol = header.findIndex((h) => DEADLINE_COL.test(h));
  // A column named 牵头 holds leads only; 责任单位 lists the lead first, as a clause does.
  const allLead = /牵头|主责/.test(header[leadCol]);
  const out: DivisionRow[] = [];
  for (const row of rows.slice(1)) {
    const cs = cells(row);
    const task = cs[taskCol]?.text.replace(/[。；;]+$/, '') ?? '';
    if (task === '' || !cs[leadCol] || cs[leadCol].text === '') continue;
    const names: AgencyName[] = [];
    addNames(cs[leadCol], allLead ? 'lead' : 'first', names);
    if (supportCol >= 0 && cs[supportCol]) addNames(cs[supportCol], 'support', names);
    const deadline = deadlineCol >= 0 ? cs[deadlineCol]?.text || null : null;
    const text = [header[leadCol] + '：' + cs[leadCol].text, supportCol >= 0 && cs[supportCol]?.text ? header[supportCol] + '：' + cs[supportCol].text : ''].filter(Boolean).join('；');
    out.push({
      task,
      clause: {
        lead: names.filter((n) => n.role === 'lead').map((n) => n.name),
        support: names.filter((n) => n.role === 'support').map((n) => n.name),
        implementers: [],
        names,
        text,
        span: { start: row.textStart, end: row.textStart + row.text.length },
        deadlineText: deadline,
        convention: allLead ? 'role' : 'first-listed',
        problems: [],
      },
    });
  }
  return out;
}

/** The names of a cell (split at 、，；), each with its span; `first`: the first leads, the rest support. */
function addNames(cell: Cell, role: 'lead' | 'support' | 'first', into: AgencyName[]): void {
  const re = /[^、，,；;\s]+/g;
  let first = true;
  for (let m = re.exec(cell.text); m !== null; m = re.exec(cell.text)) {
    const name = m[0].replace(/等$/, '');
    if (name === '') continue;
    const r = role === 'first' ? (first ? 'lead' : 'support') : role;
    first = false;
    into.push({ name, role: r, span: { start: cell.start + m.index, end: cell.start + m.index + name.length } });
  }
}

/** Titles compared without punctuation and spaces. */
function key(s: string): string {
  return s.replace(/[\s。，、；：:“”"（）()]/g, '');
}

/**
 * Gives each row's clause to the task of the same title (or, failing that, the one task whose
 * title begins the row's, or the row's begins). Rows that match no task are left alone.
 */
export function applyDivisionRows(tasks: Task[], rows: DivisionRow[]): void {
  if (rows.length === 0) return;
  const byTitle = new Map<string, Task>();
  for (const t of tasks) if (!byTitle.has(key(t.title))) byTitle.set(key(t.title), t);
  // The looser match scans every task per row: only where that stays small.
  const loose = rows.length * tasks.length <= 1_000_000;
  for (const r of rows) {
    const k = key(r.task);
    if (k.length < 2) continue;
    const t = byTitle.get(k) ?? (loose ? prefixMatch(tasks, k) : undefined);
    if (t) t.clauses.push(r.clause);
  }
}

function prefixMatch(tasks: Task[], k: string): Task | undefined {
  let found: Task | undefined;
  for (const t of tasks) {
    const tk = key(t.title);
    if (tk.length < 4 || !(k.startsWith(tk) || tk.startsWith(k))) continue;
    if (found) return undefined; // ambiguous: two tasks fit
    found = t;
  }
  return found;
}
