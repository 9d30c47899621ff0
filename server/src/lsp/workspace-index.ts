/**
 * The plans in the workspace folders, for workspace symbols, agency references and rename across
 * plans, completion and links (each plan kept as a `PlanDigest`). Files are found by walking the
 * folders (the list is kept until a watched-file event or 30 s pass), read and analysed only
 * when their size or mtime changed, and only their symbols are kept. Open documents are taken
 * from the document store instead of the disk, since the editor's text is the newer one.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, WorkspaceSymbol } from 'vscode-languageserver';
import { decodePlanBytes } from '../input';
import { analyzePlan } from '../core';
import type { DocumentStore } from './document-store';
import { planDigest, type PlanDigest } from './features/plan-digest';
import { classifyPath, isSkippedDirectory, looksLikePlan } from './plan-files';
import { analyzeOptions, type PlanLensSettings } from './settings';

const MAX_FILES = 5000;
const MAX_DEPTH = 12;
const MAX_BYTES = 4 * 1024 * 1024;
const LIST_TTL_MS = 30_000;
/** A file's mtime is checked again after this long (watched-file events forget it at once). */
const STAT_TTL_MS = 2_000;

interface FileEntry {
  mtimeMs: number;
  size: number;
  settingsKey: string;
  checkedAt: number;
  /** Null when the file turned out not to be a plan. */
  digest: PlanDigest | null;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export class WorkspaceIndex {
  private folders: string[] = [];
  private files: string[] | null = null;
  private listedAt = 0;
  private readonly entries = new Map<string, FileEntry>();

  setFolders(uris: string[]): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== null);
    this.files = null;
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /** A file was created, changed or deleted: forget what is known of it and re-list next time. */
  invalidate(uri?: string): void {
    const p = uri ? uriToPath(uri) : null;
    if (p) this.entries.delete(p);
    this.files = null;
  }

  async symbols(store: DocumentStore, settings: PlanLensSettings, key: string, token?: CancellationToken): Promise<WorkspaceSymbol[]> {
    return (await this.digests(store, settings, key, token)).flatMap((d) => d.symbols);
  }

  /** Every plan of the workspace: open documents first (their digest cached per analysis), then files. */
  async digests(store: DocumentStore, settings: PlanLensSettings, key: string, token?: CancellationToken): Promise<PlanDigest[]> {
    const out: PlanDigest[] = [];
    const openPaths = new Set<string>();
    for (const doc of store.all()) {
      const p = uriToPath(doc.uri);
      if (p) openPaths.add(p);
      const { analysis } = doc.analysis(settings, key);
      let digest = this.openDigests.get(analysis);
      if (!digest) this.openDigests.set(analysis, (digest = planDigest(analysis, doc.uri, p ? path.basename(p) : doc.uri)));
      out.push(digest);
    }
    for (const file of await this.list(token)) {
      if (token?.isCancellationRequested) break;
      if (openPaths.has(file)) continue;
      const digest = await this.fileDigest(file, settings, key);
      if (digest) out.push(digest);
    }
    return out;
  }

  private readonly openDigests = new WeakMap<object, PlanDigest>();

  private async fileDigest(file: string, settings: PlanLensSettings, key: string): Promise<PlanDigest | null> {
    const recent = this.entries.get(file);
    if (recent && recent.settingsKey === key && Date.now() - recent.checkedAt < STAT_TTL_MS) return recent.digest;
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      this.entries.delete(file);
      return null;
    }
    const known = this.entries.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.settingsKey === key) {
      known.checkedAt = Date.now();
      return known.digest;
    }
    let digest: PlanDigest | null = null;
    if (stat.size <= MAX_BYTES) {
      try {
        // UTF-8, UTF-16 or GBK, decoded as the command line does.
        const decoded = decodePlanBytes(await fs.readFile(file));
        const text = 'text' in decoded ? decoded.text : '';
        if (text !== '' && (classifyPath(file) === 'plan' || looksLikePlan(text))) {
          const analysis = analyzePlan(text, analyzeOptions(settings));
          digest = planDigest(analysis, pathToFileURL(file).href, path.basename(file));
        }
      } catch {
        digest = null;
      }
    }
    this.entries.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, settingsKey: key, checkedAt: Date.now(), digest });
    return digest;
  }

  private async list(token?: CancellationToken): Promise<string[]> {
    if (this.files && Date.now() - this.listedAt < LIST_TTL_MS) return this.files;
    const found: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || found.length >= MAX_FILES || token?.isCancellationRequested) return;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (found.length >= MAX_FILES) return;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!isSkippedDirectory(e.name)) await walk(full, depth + 1);
        } else if (e.isFile() && classifyPath(full) !== 'no') found.push(full);
      }
    };
    for (const folder of this.folders) await walk(folder, 0);
    if (!token?.isCancellationRequested) {
      this.files = found;
      this.listedAt = Date.now();
    }
    return found;
  }
}
