/**
 * Chinese word segmentation (nodejieba with the shipped policy dictionary), loaded lazily and
 * once per process: the dictionary load costs 1–2 s and ~300 MB, so nothing on the path of
 * outline, hover or diagnostics may need it.
 *
 * Interface fixed for the language server and the comparison; implementation in progress.
 */
export interface Segmenter {
  /** Words of `text`; feed it Chinese runs only (it splits digits one by one). */
  cut(text: string): string[];
}

export interface SegmenterStatus {
  loaded: boolean;
  /** Why nodejieba could not be loaded (native addon missing, wrong ABI …), once it was tried. */
  error?: string;
}

/** Loads nodejieba and the policy dictionary on first call; null when it cannot load here. */
export function loadSegmenter(): Segmenter | null {
  return null;
}

export function segmenterStatus(): SegmenterStatus {
  return { loaded: false, error: 'not implemented yet' };
}
