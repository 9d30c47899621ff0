/**
 * Terms as small integers, and a bag of terms as two parallel typed arrays sorted by term id:
 * TF-IDF and cosine then run over numbers instead of string-keyed maps (a comparison scores
 * thousands of section pairs; with maps it spent most of its time hashing strings).
 */

const ids = new Map<string, number>();
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
  /** Sublinear term frequency, 1 + ln(count), per id. */
  tf: Float64Array;
}

export function termBag(list: string[]): TermBag {
  const counts = new Map<number, number>();
  for (const t of list) {
    const id = termId(t);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  const tf = new Float64Array(sorted.length);
  sorted.forEach((id, i) => (tf[i] = 1 + Math.log(counts.get(id)!)));
  return { ids: Int32Array.from(sorted), tf };
}
