/**
 * A progress bar on stderr for long runs: shown only on a terminal, only once the batch is long
 * (more than SHOW_AFTER_FILES files) or slow (SHOW_AFTER_MS), and erased before anything else is
 * printed, so it never ends up in a report or between its lines.
 */
import type { Colors } from './colors';

const SHOW_AFTER_FILES = 20;
const SHOW_AFTER_MS = 2000;
const REDRAW_MS = 100;
const WIDTH = 24;

export class ProgressBar {
  private done = 0;
  private shown = false;
  /** Whether the bar is on screen now (drawn and not erased since). */
  private onScreen = false;
  private lastDraw = 0;
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly c: Colors,
    enabled: boolean,
  ) {
    if (!enabled || !stream.isTTY) return;
    if (total > SHOW_AFTER_FILES) this.shown = true;
    // A timer so that a few slow files still get a bar; it must not keep the process alive.
    this.timer = setInterval(() => this.tick(), REDRAW_MS);
    this.timer.unref();
  }

  /** Erase the bar (before other output); the next update redraws it. */
  clear(): void {
    if (!this.onScreen) return;
    this.stream.write('\r\x1b[2K');
    this.onScreen = false;
  }

  update(done: number): void {
    this.done = done;
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
    this.shown = false;
  }

  private tick(): void {
    if (!this.timer) return;
    const now = Date.now();
    if (!this.shown && now - this.startedAt >= SHOW_AFTER_MS) this.shown = true;
    if (!this.shown || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const filled = this.total === 0 ? WIDTH : Math.round((this.done / this.total) * WIDTH);
    const bar = (filled ? this.c.cyan('█'.repeat(filled)) : '') + (filled < WIDTH ? this.c.dim('░'.repeat(WIDTH - filled)) : '');
    const seconds = ((now - this.startedAt) / 1000).toFixed(0);
    this.stream.write(`\r\x1b[2K${bar} ${this.done}/${this.total}  ${seconds} s`);
    this.onScreen = true;
  }
}
