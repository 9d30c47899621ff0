/**
 * When to re-check a document after an edit. A plan of ordinary size analyses in a few ms, so
 * its check runs on the next turn of the event loop: changes that arrive before then coalesce
 * into one check of the latest version, and no keystroke waits on a fixed debounce. Only when a
 * document is slow to analyse (a huge one) does the delay grow, to about twice its analysis time.
 */
export const SLOW_ANALYSIS_MS = 25;
export const MAX_DELAY_MS = 500;

export function delayFor(lastAnalysisMillis: number): number {
  if (lastAnalysisMillis < SLOW_ANALYSIS_MS) return 0;
  return Math.min(MAX_DELAY_MS, Math.round(lastAnalysisMillis * 2));
}

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, { cancel(): void }>();

  constructor(private readonly run: (uri: string) => void) {}

  /** Schedules a check of `uri`, replacing any that is pending (only the latest version counts). */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    if (delay <= 0) {
      const handle = setImmediate(fire);
      this.pending.set(uri, { cancel: () => clearImmediate(handle) });
    } else {
      const handle = setTimeout(fire, delay);
      this.pending.set(uri, { cancel: () => clearTimeout(handle) });
    }
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  dispose(): void {
    for (const p of this.pending.values()) p.cancel();
    this.pending.clear();
  }
}
