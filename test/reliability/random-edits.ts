/**
 * Random edits of a plan as a user makes them, for the soak test: characters typed and deleted,
 * lines inserted and removed, brackets, agency clauses and targets pasted, selections typed over,
 * line breaks of every kind. Deterministic for a seed, and always at positions an editor can
 * produce (never inside a CRLF or a surrogate pair). Each edit is an LSP content change computed
 * against a mirror of the text, which the caller keeps.
 */
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

/** mulberry32: a small, fast, seeded generator (the same run for the same seed). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = ['推', '进', '能', '源', '碳', '达', '峰', '。', '，', '、', '；', '：', '1', '2', '0', '5', '%', ' ', '\u3000', '年', '到', '前', '😀', '\t'];
const BRACKETS = ['（', '）', '(', ')', '《', '》', '〔', '〕', '［', '］', '“', '”', '【', '】'];
const CLAUSES = ['（省发展改革委、省能源局等按职责分工负责）', '（责任单位：市发改委、市经信局）', '（省能源局牵头', '按职责分工', '（牵头单位：市发改委；责任单位：市统计局）', '（责任单位：）'];
const TARGETS = ['到2025年，非化石能源消费比重达到18.3%', '单位GDP二氧化碳排放比2020年下降20%以上', '2030年前', '控制在277万吨以内', '分别下降10%、5%'];
const LABELS = ['一、', '六、', '（一）', '（十一）', '1.', '12.', '3、', '（2）', '①', '第二章', '专栏1', ''];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

export interface Edit {
  change: TextDocumentContentChangeEvent;
  kind: string;
}

export class RandomEdits {
  constructor(
    private readonly random: () => number,
    /** The length the text should stay near: deletions win above 1.2 times it, insertions below 0.8. */
    private readonly targetLength: number,
  ) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** A position an editor could put the cursor at: not between \r and \n, nor inside a surrogate pair. */
  private offset(text: string, at = this.int(text.length + 1)): number {
    let o = at;
    while (o > 0 && o < text.length && ((text[o - 1] === '\r' && text[o] === '\n') || isLowSurrogate(text.charCodeAt(o)))) o--;
    return o;
  }

  private lineStart(text: string, offset: number): number {
    let o = offset;
    while (o > 0 && text[o - 1] !== '\n' && text[o - 1] !== '\r') o--;
    return o;
  }

  private lineEnd(text: string, offset: number): number {
    let o = offset;
    while (o < text.length && text[o] !== '\n' && text[o] !== '\r') o++;
    if (text[o] === '\r' && text[o + 1] === '\n') return o + 2;
    return o < text.length ? o + 1 : o;
  }

  /** One edit of `text`: the change to send and the text after it. */
  next(text: string): { edit: Edit; text: string } {
    const grow = text.length < this.targetLength * 0.8;
    const shrink = text.length > this.targetLength * 1.2;
    const r = this.random();
    let start: number;
    let end: number;
    let insert = '';
    let kind: string;
    if (!grow && (shrink ? r < 0.5 : r < 0.3)) {
      // Deleting: a few characters, a line, or a selection typed over.
      const which = this.int(3);
      start = this.offset(text);
      if (which === 0) {
        kind = 'delete-chars';
        end = this.offset(text, Math.min(text.length, start + 1 + this.int(6)));
      } else if (which === 1) {
        kind = 'delete-line';
        start = this.lineStart(text, start);
        end = this.lineEnd(text, start);
      } else {
        kind = 'type-over';
        end = this.offset(text, Math.min(text.length, start + this.int(80)));
        insert = this.pick(CHARS);
      }
      if (end < start) end = start;
    } else {
      start = end = this.offset(text);
      const which = this.int(6);
      if (which === 0) {
        kind = 'insert-char';
        insert = this.pick(CHARS);
      } else if (which === 1) {
        kind = 'insert-bracket';
        insert = this.pick(BRACKETS);
      } else if (which === 2) {
        kind = 'insert-clause';
        insert = this.pick(CLAUSES);
      } else if (which === 3) {
        kind = 'insert-target';
        insert = this.pick(TARGETS);
      } else if (which === 4) {
        kind = 'insert-line';
        start = end = this.lineStart(text, start);
        insert = this.pick(LABELS) + this.pick(TARGETS) + this.pick(['。', '']) + this.pick(['', ...CLAUSES]) + this.pick(BREAKS);
      } else {
        kind = 'insert-break';
        insert = this.pick(BREAKS);
        // A lone \r before an \n would make the pair: editors insert whole breaks.
        if (insert === '\r' && text[start] === '\n') insert = '\r\n';
      }
    }
    const change = { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
    return { edit: { change, kind }, text: text.slice(0, start) + insert + text.slice(end) };
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** An offset as an LSP position: lines end at \n, \r\n or \r; characters are UTF-16 code units. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
