/**
 * Terms as small integers, and a bag of terms as parallel typed arrays sorted by term id:
 * TF-IDF and cosine then run over numbers instead of string-keyed maps (a comparison scores
 * thousands of section pairs; with maps it spent most of its time hashing strings). Character
 * bigrams, the most numerous terms, are interned by their two character codes, without making
 * a string for each.
 */

const ids = new Map<string, number>();
const bigramIds = new Map<number, number>();
const terms: string[] = [];

export function termId(term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    id = terms.length;
    ids.set(term, id);
    terms.push(term);
  }
  return id;
}

function bigramId(a: number, b: number): number {
  const code = a * 0x10000 + b;
  let id = bigramIds.get(code);
  if (id === undefined) {
    const term = String.fromCharCode(a, b);
    id = ids.get(term);
    if (id === undefined) {
      id = terms.length;
      ids.set(term, id);
      terms.push(term);
    }
    bigramIds.set(code, id);
  }
  return id;
}

export function termOf(id: number): string {
  return terms[id];
}

/** How many distinct terms have been seen (the size of a dense per-term table). */
export function termCount(): number {
  return terms.length;
}

export interface TermBag {
  /** Distinct term ids, ascending. */
  ids: Int32Array;
  /** How often each occurs. */
  counts: Int32Array;
  /** Sublinear term frequency, 1 + ln(count), per id. */
  tf: Float64Array;
}

/** Counting scratch space indexed by term id, reused by every bag (zeroed after each use). */
let scratch = new Int32Array(1024);
const touched: number[] = [];

function count(id: number, n = 1): void {
  if (id >= scratch.length) {
    const grown = new Int32Array(Math.max(id + 1, scratch.length * 2));
    grown.set(scratch);
    scratch = grown;
  }
  if (scratch[id] === 0) touched.push(id);
  scratch[id] += n;
}

function collect(): TermBag {
  const sorted = Int32Array.from(touched).sort();
  const counts = new Int32Array(sorted.length);
  const tf = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const n = scratch[sorted[i]];
    counts[i] = n;
    tf[i] = 1 + Math.log(n);
    scratch[sorted[i]] = 0;
  }
  touched.length = 0;
  return { ids: sorted, counts, tf };
}

export function termBag(list: string[]): TermBag {
  for (const t of list) count(termId(t));
  return collect();
}

const isCjk = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** The overlapping character bigrams of each Chinese run of `text`. */
export function bigramBag(text: string): TermBag {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isCjk(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) count(bigramId(prev, c));
    prev = c;
  }
  return collect();
}

/** The bag of several texts together (an action: its own lines and its tasks'). */
export function mergeBags(bags: TermBag[]): TermBag {
  for (const b of bags) for (let i = 0; i < b.ids.length; i++) count(b.ids[i], b.counts[i]);
  return collect();
}
