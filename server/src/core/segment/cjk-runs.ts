/**
 * Splitting text into Chinese runs and Latin words before segmentation: jieba splits digits one
 * by one and glues punctuation to nothing useful, and a comparison wants neither.
 */

export interface TextRun {
  text: string;
  /** True for a run of Chinese characters, false for a Latin word (GDP, PUE, CCUS). */
  cjk: boolean;
}

// CJK Unified Ideographs, Extension A and the compatibility block: what plans are written in.
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[A-Za-z]+/g;
const CJK_FIRST = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Chinese runs and Latin words of `text`, in order; digits, spaces and punctuation are dropped. */
export function cjkRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const m of text.matchAll(RUN)) {
    const cjk = CJK_FIRST.test(m[0]);
    // Latin words are case-folded so that GDP, gdp and Gdp count as one word.
    runs.push({ text: cjk ? m[0] : m[0].toUpperCase(), cjk });
  }
  return runs;
}
