/**
 * Chinese word segmentation is optional for the server: nothing on the path of outline, hover or
 * diagnostics needs it, and loading it costs seconds and hundreds of MB. So it is tried once,
 * some seconds after start and only when the user is not typing, and if it cannot load here the
 * user is told once that segmentation is off and everything else works.
 */
import { loadSegmenter, segmenterStatus, type Segmenter } from '../core/segment/segmenter';

export const SEGMENTER_UNAVAILABLE_MESSAGE =
  'PlanLens：中文分词组件（nodejieba）在此环境中无法加载，分词相关功能已关闭；大纲、检查、悬停等其余功能照常可用。';

export interface ProbeHost {
  /** Milliseconds since the last edit, to stay out of the way of typing. */
  idleMillis(): number;
  warn(message: string, detail: string): void;
  log(message: string): void;
}

export class SegmenterProbe {
  private tried = false;
  private segmenter: Segmenter | null = null;
  private error: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: ProbeHost,
    /** The loader (the core's by default; tests pass one that fails). */
    private readonly load: () => { segmenter: Segmenter | null; error?: string } = () => {
      const segmenter = loadSegmenter();
      return { segmenter, error: segmenter ? undefined : segmenterStatus().error };
    },
  ) {}

  /** Tries after `delay` ms, postponed while edits keep coming; a negative delay never tries. */
  schedule(delay: number): void {
    if (delay < 0 || this.tried) return;
    const attempt = () => {
      const idle = this.host.idleMillis();
      if (idle < 1000) {
        this.timer = setTimeout(attempt, 1000 - idle);
        this.timer.unref?.();
        return;
      }
      this.get();
    };
    this.timer = setTimeout(attempt, delay);
    this.timer.unref?.();
  }

  /** The segmenter, loading it now if it was not tried yet; null when unavailable. */
  get(): Segmenter | null {
    if (this.tried) return this.segmenter;
    this.tried = true;
    if (this.timer) clearTimeout(this.timer);
    try {
      const { segmenter, error } = this.load();
      this.segmenter = segmenter;
      if (!segmenter) this.error = error ?? 'unknown';
    } catch (e) {
      this.segmenter = null;
      this.error = e instanceof Error ? e.message : String(e);
    }
    if (this.segmenter) this.host.log('中文分词已加载（nodejieba）。');
    else this.host.warn(SEGMENTER_UNAVAILABLE_MESSAGE, this.error ?? '');
    return this.segmenter;
  }

  status(): { tried: boolean; loaded: boolean; error?: string } {
    return { tried: this.tried, loaded: this.segmenter !== null, error: this.error };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
