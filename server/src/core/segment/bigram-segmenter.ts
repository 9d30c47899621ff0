/**
 * The fallback when nodejieba cannot load (no native addon for this Node, a failed build):
 * overlapping character bigrams of each Chinese run. Coarser than words, but it keeps a
 * comparison working, and it needs no dictionary.
 */
import { cjkRuns } from './cjk-runs';
import type { Segmenter } from './segmenter';

export const bigramSegmenter: Segmenter = {
  cut(text: string): string[] {
    const out: string[] = [];
    for (const run of cjkRuns(text)) {
      if (!run.cjk || run.text.length === 1) {
        out.push(run.text);
        continue;
      }
      for (let i = 0; i + 1 < run.text.length; i++) out.push(run.text.slice(i, i + 2));
    }
    return out;
  },
};
