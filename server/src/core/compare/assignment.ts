/**
 * One-to-one assignment maximising the total score (Hungarian algorithm, O(n³)): each section of
 * one plan is paired with at most one of the other, and a strong pair is never given up for two
 * middling ones by a greedy pass.
 */

/**
 * For a rows × cols score matrix, the column assigned to each row (or -1). Pairs scoring below
 * `threshold` are not made: they count as zero when assigning, so they cannot steer the result.
 */
export function assign(scores: number[][], threshold: number): number[] {
  const rows = scores.length;
  const cols = rows ? scores[0].length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  // Cost matrix (minimisation) with 1-based arrays, as in the classic e-maxx formulation.
  const gain = (i: number, j: number): number => {
    if (i > rows || j > cols) return 0;
    const s = scores[i - 1][j - 1];
    return s >= threshold ? s : 0;
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(INF);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = -gain(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) {
    const i = p[j];
    if (i >= 1 && i <= rows && scores[i - 1][j - 1] >= threshold) result[i - 1] = j - 1;
  }
  return result;
}
