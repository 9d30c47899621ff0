/**
 * Open plans and their analyses, with Langium-like states: a document is Changed when its text
 * moves to a new version, Analyzed once the model for that version (and settings) exists, and
 * Validated once its diagnostics are published. The analysis is computed lazily, by whichever
 * comes first (a request or the diagnostics pass), and shared by everything asking about the
 * same version; only the latest version's analysis is kept, since nothing asks about older ones.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyzePlan, type PlanAnalysis } from '../core';
import { analyzeOptions, settingsKey, type PlanLensSettings } from './settings';

export const enum DocumentState {
  Changed = 0,
  Analyzed = 1,
  Validated = 2,
}

export interface CachedAnalysis {
  version: number;
  settingsKey: string;
  analysis: PlanAnalysis;
  /** How long the analysis took, for the adaptive diagnostics delay. */
  millis: number;
}

export class PlanDocument {
  state = DocumentState.Changed;
  private cached: CachedAnalysis | undefined;
  /** The time the last analysis of this document took, whatever its version. */
  lastMillis = 0;
  /** When the current version arrived (performance.now()), to time change → diagnostics. */
  changedAt = performance.now();

  constructor(public textDocument: TextDocument) {}

  get uri(): string {
    return this.textDocument.uri;
  }

  get version(): number {
    return this.textDocument.version;
  }

  get text(): string {
    return this.textDocument.getText();
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    this.changedAt = performance.now();
    this.textDocument = TextDocument.update(this.textDocument, changes, version);
    this.state = DocumentState.Changed;
  }

  /** The analysis of the current version under `settings`: cached, or computed now. */
  analysis(settings: PlanLensSettings, key = settingsKey(settings)): CachedAnalysis {
    const c = this.cached;
    if (c && c.version === this.version && c.settingsKey === key) return c;
    const start = performance.now();
    const analysis = analyzePlan(this.text, analyzeOptions(settings));
    const millis = performance.now() - start;
    this.lastMillis = millis;
    this.cached = { version: this.version, settingsKey: key, analysis, millis };
    if (this.state === DocumentState.Changed) this.state = DocumentState.Analyzed;
    return this.cached;
  }

  /** Whether an analysis for this version and settings exists already (no work done). */
  hasAnalysis(key: string): boolean {
    return this.cached !== undefined && this.cached.version === this.version && this.cached.settingsKey === key;
  }
}

export class DocumentStore {
  private readonly docs = new Map<string, PlanDocument>();

  open(uri: string, languageId: string, version: number, text: string): PlanDocument {
    const doc = new PlanDocument(TextDocument.create(uri, languageId, version, text));
    this.docs.set(uri, doc);
    return doc;
  }

  /** Applies full or incremental changes; unknown documents are ignored (a client bug). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): PlanDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    doc.update(changes, version);
    return doc;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): PlanDocument | undefined {
    return this.docs.get(uri);
  }

  all(): PlanDocument[] {
    return [...this.docs.values()];
  }

  get size(): number {
    return this.docs.size;
  }
}
