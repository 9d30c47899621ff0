/**
 * TF-IDF vectors over a small collection (the sections of two plans) and their cosine.
 * Term frequency is sublinear (1 + ln tf, see term-bag.ts): a section that says 碳汇 ten times is
 * not ten times about carbon sinks. Inverse document frequency is smoothed: terms in every
 * section still count a little.
 */
import { termCount, termOf, type TermBag } from './term-bag';

/** An L2-normalised vector: term ids ascending, weights alongside. */
export interface SparseVector {
  ids: Int32Array;
  w: Float64Array;
}

export class TfIdf {
  private readonly df: Int32Array;
  private docs = 0;

  constructor(bags: TermBag[]) {
    this.df = new Int32Array(termCount());
    for (const b of bags) {
      this.docs++;
      for (const id of b.ids) this.df[id]++;
    }
  }

  vector(bag: TermBag): SparseVector {
    const w = new Float64Array(bag.ids.length);
    let norm = 0;
    for (let i = 0; i < bag.ids.length; i++) {
      const df = bag.ids[i] < this.df.length ? this.df[bag.ids[i]] : 0;
      const x = bag.tf[i] * (Math.log((this.docs + 1) / (df + 1)) + 1);
      w[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < w.length; i++) w[i] /= norm;
    return { ids: bag.ids, w };
  }
}

/** Dot product of two normalised vectors: a merge of the sorted id lists. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      dot += a.w[i++] * b.w[j++];
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The terms contributing most to the cosine of two vectors, heaviest first. */
export function topShared(a: SparseVector, b: SparseVector, n: number): string[] {
  const shared: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) shared.push([a.ids[i], a.w[i++] * b.w[j++]]);
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return shared.sort((x, y) => y[1] - x[1]).slice(0, n).map(([id]) => termOf(id));
}

/**
 * A vector spread over a dense table indexed by term id, for scoring one vector against many:
 * each dot product is then one pass over the other vector's ids (no merge, no branches).
 */
export class DenseVector {
  private readonly values: Float64Array;
  private current: SparseVector | null = null;

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  load(v: SparseVector): void {
    if (this.current) for (const id of this.current.ids) this.values[id] = 0;
    for (let i = 0; i < v.ids.length; i++) this.values[v.ids[i]] = v.w[i];
    this.current = v;
  }

  dot(v: SparseVector): number {
    let dot = 0;
    const values = this.values;
    for (let i = 0; i < v.ids.length; i++) dot += values[v.ids[i]] * v.w[i];
    return dot;
  }
}
