/**
 * Chinese word segmentation is optional for the server: nothing on the path of outline, hover or
 * diagnostics needs it, and loading it (nodejieba's dictionaries) costs 1–2 s of blocked event
 * loop and ~300 MB. So the server does two different things:
 *
 * - some seconds after start, when the user is not typing, it checks that nodejieba's native
 *   addon loads in this host (a plain require, a few ms: this is where a Node ABI mismatch or a
 *   missing build shows), and if not, tells the user once that segmentation is off and
 *   everything else works;
 * - the segmenter itself (the core's loadSegmenter) is loaded only when a feature asks for it.
 */
import { loadSegmenter, segmenterStatus, segmenterUnavailableReason, type Segmenter } from '../core/segment/segmenter';

export const SEGMENTER_UNAVAILABLE_MESSAGE =
  'PlanLens：中文分词组件（nodejieba）在此环境中无法加载，分词相关功能已关闭；大纲、检查、悬停等其余功能照常可用。';

export const SEGMENTER_AVAILABLE_LOG = '中文分词组件（nodejieba）可用，将在需要时加载。';

export interface ProbeHost {
  /** Milliseconds since the last edit, to stay out of the way of typing. */
  idleMillis(): number;
  warn(message: string, detail: string): void;
  log(message: string): void;
}

export interface SegmenterLoaders {
  /** Whether the native addon loads here; an error message if not. Must be cheap. */
  check(): string | null;
  /** The full load (dictionaries included). */
  load(): { segmenter: Segmenter | null; error?: string };
}

const CORE_LOADERS: SegmenterLoaders = {
  check: segmenterUnavailableReason,
  load() {
    const segmenter = loadSegmenter();
    return { segmenter, error: segmenter ? undefined : segmenterStatus().error };
  },
};

export interface SegmenterProbeStatus {
  /** Whether availability was checked (or a load tried). */
  tried: boolean;
  /** Whether nodejieba loads in this host, once known. */
  available: boolean | null;
  /** Whether the segmenter itself is loaded (only when a feature asked for it). */
  loaded: boolean;
  error?: string;
}

export class SegmenterProbe {
  private available: boolean | null = null;
  private loadTried = false;
  private segmenter: Segmenter | null = null;
  private error: string | undefined;
  private warned = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: ProbeHost,
    private readonly loaders: SegmenterLoaders = CORE_LOADERS,
  ) {}

  /** Checks after `delay` ms, postponed while edits keep coming; a negative delay never checks. */
  schedule(delay: number): void {
    if (delay < 0 || this.available !== null) return;
    const attempt = () => {
      const idle = this.host.idleMillis();
      if (idle < 1000) {
        this.timer = setTimeout(attempt, 1000 - idle);
        this.timer.unref?.();
        return;
      }
      this.check();
    };
    this.timer = setTimeout(attempt, delay);
    this.timer.unref?.();
  }

  /** Whether nodejieba loads here (checked once); says so once if it does not. */
  check(): boolean {
    if (this.available !== null) return this.available;
    if (this.timer) clearTimeout(this.timer);
    const error = this.loaders.check();
    this.available = error === null;
    if (error !== null) this.unavailable(error);
    else this.host.log(SEGMENTER_AVAILABLE_LOG);
    return this.available;
  }

  /** The segmenter, for a feature that needs it: loaded on first call; null when unavailable. */
  get(): Segmenter | null {
    if (this.loadTried) return this.segmenter;
    if (!this.check()) return null;
    this.loadTried = true;
    try {
      const { segmenter, error } = this.loaders.load();
      this.segmenter = segmenter;
      if (!segmenter) this.unavailable(error ?? 'unknown');
    } catch (e) {
      this.unavailable(e instanceof Error ? e.message : String(e));
    }
    if (this.segmenter) this.host.log('中文分词已加载（nodejieba）。');
    return this.segmenter;
  }

  status(): SegmenterProbeStatus {
    return { tried: this.available !== null || this.loadTried, available: this.available, loaded: this.segmenter !== null, error: this.error };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private unavailable(error: string): void {
    this.available = false;
    this.error = error;
    if (this.warned) return;
    this.warned = true;
    this.host.warn(SEGMENTER_UNAVAILABLE_MESSAGE, error);
  }
}
