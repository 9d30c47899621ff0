/**
 * Chinese word segmentation (nodejieba with the shipped policy dictionary), loaded lazily and
 * once per process: the dictionary load costs 1–2 s and ~300 MB, so nothing on the path of
 * outline, hover or diagnostics may need it.
 *
 * nodejieba's index.js assigns globals (`dict`, `userDict`, …) and loads a native addon: it is
 * never bundled (external in scripts/build.mjs) and is reached only through the plain `require`
 * below, inside a function, so importing this file costs nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPolicyDictionary } from './dictionary-path';
import { cjkRuns } from './cjk-runs';

export interface Segmenter {
  /**
   * Words of `text`. Only Chinese runs reach jieba (it splits digits one by one); Latin words
   * (GDP, PUE) come back whole, digits and punctuation are dropped.
   */
  cut(text: string): string[];
}

export interface SegmenterStatus {
  loaded: boolean;
  /** Why nodejieba could not be loaded (native addon missing, wrong ABI …), once it was tried. */
  error?: string;
  /** The user dictionary in use, when one was found. */
  dictionary?: string;
  /** Milliseconds the load took (require + dictionary). */
  loadMs?: number;
}

/** The part of nodejieba we use (its own typings are a global `declare module`). */
interface Jieba {
  load(options?: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, strict?: boolean): string[];
  DEFAULT_USER_DICT: string;
}

let tried = false;
let instance: Segmenter | null = null;
let status: SegmenterStatus = { loaded: false };

/** Loads nodejieba and the policy dictionary on first call; null when it cannot load here. */
export function loadSegmenter(): Segmenter | null {
  if (tried) return instance;
  tried = true;
  const started = Date.now();
  try {
    // A plain require: esbuild leaves it to Node (nodejieba is external), tsc keeps it as is.
    const jieba = require('nodejieba') as Jieba;
    const dictionary = findPolicyDictionary(__dirname);
    // cppjieba aborts the whole process (XCHECK) on a user dictionary it cannot open: only a
    // path that exists right now is passed; otherwise jieba's own (tiny) user dictionary.
    const userDict = dictionary && fs.existsSync(dictionary) ? dictionary : jieba.DEFAULT_USER_DICT;
    jieba.load({ userDict });
    instance = jiebaSegmenter(jieba);
    status = { loaded: true, dictionary: dictionary ?? undefined, loadMs: Date.now() - started };
    if (!dictionary) status.error = '未找到政策词典 server/dict/policy.dict.utf8，分词未使用政策术语';
  } catch (err) {
    instance = null;
    status = { loaded: false, error: err instanceof Error ? err.message : String(err), loadMs: Date.now() - started };
  }
  return instance;
}

/**
 * Whether nodejieba's native addon loads in this process, without loading any dictionary (a few
 * milliseconds): null if it does, else why not. nodejieba's index.js defers the addon until the
 * first cut, so requiring the package proves nothing; the binary itself is what fails on a Node
 * ABI mismatch or a missing build.
 */
export function segmenterUnavailableReason(): string | null {
  try {
    const main = require.resolve('nodejieba');
    require(path.join(path.dirname(main), 'build', 'Release', 'nodejieba.node'));
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function segmenterStatus(): SegmenterStatus {
  if (!tried) return { loaded: false };
  return { ...status };
}

/**
 * Results are cached by content, per Chinese run (the text between two punctuation marks or
 * numbers): plans are compared again and again (one against a folder), and an action's text is
 * its tasks' text again, so most runs of a second request have been cut before.
 */
const CACHE_LIMIT_CHARS = 16_000_000;
const cache = new Map<string, string[]>();
let cachedChars = 0;

/** Forgets cached segmentations (for benchmarks that measure segmentation itself). */
export function clearSegmenterCache(): void {
  cache.clear();
  cachedChars = 0;
}

function jiebaSegmenter(jieba: Jieba): Segmenter {
  const cutRun = (run: string): string[] => {
    let words = cache.get(run);
    if (words) return words;
    // Without HMM: unknown characters stay single (no invented words such as 增汇强基), and
    // the result depends on the dictionaries alone.
    words = jieba.cut(run, false);
    if (cachedChars + run.length > CACHE_LIMIT_CHARS) {
      cache.clear();
      cachedChars = 0;
    }
    cache.set(run, words);
    cachedChars += run.length;
    return words;
  };
  return {
    cut(text: string): string[] {
      const words: string[] = [];
      for (const run of cjkRuns(text)) {
        if (run.cjk) for (const w of cutRun(run.text)) words.push(w);
        else words.push(run.text);
      }
      return words;
    },
  };
}
