/**
 * The language server: wires an LSP connection to the document store and the pure feature
 * providers. `planlens lsp --stdio` and `planlens lsp --node-ipc` call startServer();
 * createConnection picks the transport from the process arguments.
 *
 * What it promises: diagnostics follow each edit on the next tick (see diagnostics-scheduler.ts),
 * requests are answered from the analysis cached for the current version, and nothing on these
 * paths loads nodejieba (see segmenter-probe.ts).
 */
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { readPlanSource } from '../input';
import { packageVersion } from '../package-version';
import { analyzePlan, RULES, type PlanAnalysis } from '../core';
import { CompareError, ComparisonSessions } from './comparisons';
import { DocumentState, DocumentStore, type PlanDocument } from './document-store';
import { DiagnosticsScheduler, delayFor } from './diagnostics-scheduler';
import { FEATURES } from './features/all-features';
import { convertForEditor } from './features/convert';
import type { FeatureContext } from './feature';
import { diagnostics } from './features/diagnostics';
import { planStats } from './features/stats';
import { targetRows } from './features/targets';
import {
  ANALYZED_NOTIFICATION,
  CLOSE_COMPARISON_NOTIFICATION,
  COMPARE_REQUEST,
  COMPARISON_UPDATED_NOTIFICATION,
  CONVERT_REQUEST,
  INDEX_PROGRESS_NOTIFICATION,
  INDEX_WORKSPACE_REQUEST,
  INDEXED_PLANS_REQUEST,
  REPORT_REQUEST,
  STATS_REQUEST,
  STATUS_REQUEST,
  TARGETS_REQUEST,
  type AnalyzedNotice,
  type CloseComparisonParams,
  type CompareParams,
  type CompareResult,
  type ConvertParams,
  type ConvertResult,
  type InitializationOptions,
  type PlanStats,
  type ReportResult,
  type ServerStatus,
  type TargetsParams,
  type TargetsResult,
} from './protocol';
import { SegmenterProbe } from './segmenter-probe';
import { analyzeOptions, DEFAULT_SETTINGS, readSettings, settingsKey, settingsProblems, settingsWarning, type PlanLensSettings } from './settings';
import { uriToPath, WorkspaceIndex } from './workspace-index';
import { WorkspacePlanIndex } from './workspace-plan-index';

export const SERVER_NAME = 'planlens';
const DEFAULT_SEGMENTER_DELAY_MS = 5000;
const SETTINGS_WAIT_MS = 2000;
const WARM_UP_TEXT = '示例方案\n一、重点任务\n（一）示例行动\n1.示例任务。到2025年，比重达到20%以上。（省发展改革委等按职责分工负责）\n';

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  // A failed notification or a client that refuses a registration must not take the server
  // down with it (Node ends the process on an unhandled rejection).
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled: ${reason instanceof Error ? reason.stack : String(reason)}`));
  new PlanLensServer(connection).listen();
}

/** Fire-and-forget messages to the client: a refusal is logged, never thrown. */
function quietly(connection: Connection, p: Promise<unknown>): void {
  p.catch((e: unknown) => connection.console.warn(String(e instanceof Error ? e.message : e)));
}

function cancelled<T>(): ResponseError<T> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export class PlanLensServer {
  private readonly store = new DocumentStore();
  private readonly workspace = new WorkspaceIndex();
  private readonly planIndex = new WorkspacePlanIndex(() => this.workspace.folderPaths);
  private readonly scheduler: DiagnosticsScheduler;
  private readonly segmenter: SegmenterProbe;
  private readonly comparisons: ComparisonSessions;
  private settings: PlanLensSettings = DEFAULT_SETTINGS;
  private key = settingsKey(DEFAULT_SETTINGS);
  private settingsReady: Promise<void> = Promise.resolve();
  private settingsLoaded = true;
  private capabilities: ClientCapabilities = {};
  private initOptions: InitializationOptions = {};
  private lastEditAt = 0;
  private readonly settingsListeners: Array<() => void> = [];

  constructor(private readonly connection: Connection) {
    this.scheduler = new DiagnosticsScheduler((uri) =>
      this.validate(uri).catch((e: unknown) => connection.console.error(`检查 ${uri} 失败：${e instanceof Error ? e.stack : String(e)}`)),
    );
    this.segmenter = new SegmenterProbe({
      idleMillis: () => Date.now() - this.lastEditAt,
      warn: (message, detail) => {
        connection.console.warn(`${message}${detail ? `（${detail}）` : ''}`);
        // A notification, not showMessageRequest: nothing to answer, nothing to wait for.
        quietly(connection, connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
      },
      log: (message) => connection.console.info(message),
    });
    this.comparisons = new ComparisonSessions({
      load: async (uri) => (await this.analysisOrDisk(uri))?.analysis ?? null,
      // The probe loads nodejieba on first use (1-2 s): only a comparison ever asks.
      segmenter: () => this.segmenter.get() ?? undefined,
      updated: (result) => quietly(connection, connection.sendNotification(COMPARISON_UPDATED_NOTIFICATION, result)),
      log: (message) => connection.console.warn(message),
    });
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => this.initialized());
    c.onShutdown(() => {
      this.scheduler.dispose();
      this.segmenter.dispose();
      this.comparisons.dispose();
    });

    c.onDidOpenTextDocument(({ textDocument: d }) => {
      this.store.open(d.uri, d.languageId, d.version, d.text);
      this.scheduler.schedule(d.uri, 0);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      this.lastEditAt = Date.now();
      const doc = this.store.change(textDocument.uri, textDocument.version ?? 0, contentChanges);
      if (doc) this.scheduler.schedule(doc.uri, delayFor(doc.lastMillis));
      if (doc) this.comparisons.changed(doc.uri);
    });
    c.onDidCloseTextDocument(({ textDocument }) => {
      this.scheduler.cancel(textDocument.uri);
      this.store.close(textDocument.uri);
      // From now on the plan is read from disk: unsaved edits are gone from the comparison too.
      this.comparisons.changed(textDocument.uri);
      quietly(c, c.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] }));
    });
    c.onDidChangeConfiguration((params) => {
      const pushed = (params.settings as { planlens?: unknown } | null | undefined)?.planlens;
      if (pushed !== undefined) this.applySettings(this.readSettingsOrWarn(pushed));
      else void this.pullSettings();
    });
    c.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        this.workspace.invalidate(change.uri);
        if (!this.store.get(change.uri)) this.comparisons.changed(change.uri);
      }
    });

    for (const feature of FEATURES) feature.register(this.context());

    c.onRequest(TARGETS_REQUEST, async (params: TargetsParams, token: CancellationToken): Promise<TargetsResult | ResponseError<void> | null> => {
      const found = await this.analysisOrDisk(params.uri);
      if (token.isCancellationRequested) return cancelled();
      if (!found) return null;
      return { uri: params.uri, title: found.analysis.model.title, version: found.version, targets: targetRows(found.analysis) };
    });
    c.onRequest(STATS_REQUEST, async (params: TargetsParams): Promise<PlanStats | null> => {
      const found = await this.analysisOrDisk(params.uri);
      return found ? planStats(found.analysis, params.uri, found.version) : null;
    });
    c.onRequest(COMPARE_REQUEST, async (params: CompareParams, token: CancellationToken): Promise<CompareResult | ResponseError<void> | null> => {
      await this.settingsReady;
      try {
        const result = await this.comparisons.compare(params.lower, params.upper, () => token.isCancellationRequested);
        return result ?? cancelled();
      } catch (e) {
        if (e instanceof CompareError) return new ResponseError(ErrorCodes.InvalidParams, e.message);
        throw e;
      }
    });
    c.onNotification(CLOSE_COMPARISON_NOTIFICATION, (params: CloseComparisonParams) => this.comparisons.close(params.lower));
    c.onRequest(CONVERT_REQUEST, (params: ConvertParams): Promise<ConvertResult> => convertForEditor(params));
    c.onRequest(INDEX_WORKSPACE_REQUEST, async (_params: unknown, token: CancellationToken) => {
      await this.settingsReady;
      return this.planIndex.index(
        analyzeOptions(this.settings).rules,
        (p) => quietly(c, c.sendNotification(INDEX_PROGRESS_NOTIFICATION, p)),
        () => token.isCancellationRequested,
      );
    });
    c.onRequest(INDEXED_PLANS_REQUEST, () => this.planIndex.plans());
    c.onRequest(REPORT_REQUEST, async (): Promise<ReportResult> => this.planIndex.report());
    c.onRequest(STATUS_REQUEST, (): ServerStatus => ({
      version: packageVersion(),
      openDocuments: this.store.size,
      segmenter: this.segmenter.status(),
    }));

    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities ?? {};
    this.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspace.setFolders(folders);
    if (this.capabilities.workspace?.configuration) {
      // Hold the first diagnostics until the user's settings are known (one round trip).
      this.settingsLoaded = false;
      this.settingsReady = new Promise((resolve) => (this.resolveSettings = resolve));
      // A client that never answers must not keep the first diagnostics back for good.
      setTimeout(() => {
        if (this.settingsLoaded) return;
        this.connection.console.warn('客户端未返回 planlens 设置，暂用默认设置。');
        this.applySettings(this.settings);
      }, SETTINGS_WAIT_MS).unref();
    }
    const featureCapabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities?.(this.capabilities, this.initOptions) ?? {}));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...featureCapabilities,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: packageVersion() },
    };
  }

  private resolveSettings: (() => void) | undefined;

  private initialized(): void {
    const c = this.connection;
    if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      // Clients on the pull model only tell of changes to sections a server registered for.
      quietly(c, c.client.register(DidChangeConfigurationNotification.type, { section: 'planlens' }));
    }
    if (this.capabilities.workspace?.workspaceFolders) {
      c.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = await c.workspace.getWorkspaceFolders();
        this.workspace.setFolders(folders?.map((f) => f.uri) ?? []);
      });
    }
    void this.pullSettings();
    // Build the lexer and parser (~100 ms, once per process) while the client is still busy
    // answering the configuration request and opening documents, not on the first didOpen.
    setImmediate(() => {
      if (this.store.size === 0) analyzePlan(WARM_UP_TEXT);
    });
    this.segmenter.schedule(this.initOptions.segmenterProbeDelay ?? DEFAULT_SEGMENTER_DELAY_MS);
  }

  private async pullSettings(): Promise<void> {
    if (!this.capabilities.workspace?.configuration) return;
    try {
      const [raw] = await this.connection.workspace.getConfiguration([{ section: 'planlens' }]);
      this.applySettings(this.readSettingsOrWarn(raw));
    } catch (e) {
      this.connection.console.warn(`读取 planlens 设置失败，使用默认设置：${e instanceof Error ? e.message : String(e)}`);
      this.applySettings(this.settings);
    }
  }

  private lastSettingsWarning = '';

  /**
   * The settings a client sent, with a warning for what is malformed (the malformed parts fall
   * back to their defaults): shown once per distinct problem, not on every configuration push.
   */
  private readSettingsOrWarn(raw: unknown): PlanLensSettings {
    const problems = settingsProblems(raw, RULES.map((r) => r.code));
    const message = problems.length > 0 ? settingsWarning(problems) : '';
    if (message !== '' && message !== this.lastSettingsWarning) {
      this.connection.console.warn(message);
      quietly(this.connection, this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    }
    this.lastSettingsWarning = message;
    return readSettings(raw);
  }

  /** New settings: if they differ, every open plan is checked again under them. */
  private applySettings(next: PlanLensSettings): void {
    const key = settingsKey(next);
    const changed = key !== this.key;
    this.settings = next;
    this.key = key;
    if (!this.settingsLoaded) {
      this.settingsLoaded = true;
      this.resolveSettings?.();
    }
    if (changed) {
      this.workspace.invalidate();
      for (const doc of this.store.all()) this.scheduler.schedule(doc.uri, 0);
      this.comparisons.changedAll();
      for (const listener of this.settingsListeners) listener();
    }
  }

  private async validate(uri: string): Promise<void> {
    if (!this.settingsLoaded) await this.settingsReady;
    const doc = this.store.get(uri);
    if (!doc) return;
    const { analysis, millis, version } = doc.analysis(this.settings, this.key);
    quietly(this.connection, this.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: diagnostics(analysis, uri, {
        relatedInformation: this.capabilities.textDocument?.publishDiagnostics?.relatedInformation !== false,
        maxProblems: this.settings.maxProblems,
      }),
    }));
    const changeToPublishMs = performance.now() - doc.changedAt;
    doc.state = DocumentState.Validated;
    const notice: AnalyzedNotice = { ...planStats(analysis, uri, version), timing: { analysisMs: millis, changeToPublishMs } };
    quietly(this.connection, this.connection.sendNotification(ANALYZED_NOTIFICATION, notice));
    this.connection.tracer.log(`analysed ${uri} v${version} in ${millis.toFixed(1)} ms`);
  }

  /** What a feature may use of the server (see feature.ts). */
  private context(): FeatureContext {
    return {
      connection: this.connection,
      client: () => ({ capabilities: this.capabilities, options: this.initOptions }),
      settings: () => this.settings,
      settingsKey: () => this.key,
      settingsReady: () => this.settingsReady,
      onSettingsChanged: (listener) => this.settingsListeners.push(listener),
      withAnalysis: (uri, token, provide) => this.withAnalysis(uri, token, provide),
      analysisOrDisk: (uri) => this.analysisOrDisk(uri),
      store: this.store,
      workspace: this.workspace,
      comparisons: this.comparisons,
    };
  }

  /** Runs a provider over the current version's analysis (cached, or computed now and cached). */
  private withAnalysis<R>(uri: string, token: CancellationToken, provide: (a: PlanAnalysis, doc: PlanDocument) => R): R | null {
    if (token.isCancellationRequested) return null;
    const doc = this.store.get(uri);
    if (!doc) return null;
    return provide(doc.analysis(this.settings, this.key).analysis, doc);
  }

  /** An open document's analysis, or a plan file read from disk (for commands on closed files). */
  private async analysisOrDisk(uri: string): Promise<{ analysis: PlanAnalysis; version: number } | null> {
    const doc = this.store.get(uri);
    if (doc) return { analysis: doc.analysis(this.settings, this.key).analysis, version: doc.version };
    const path = uriToPath(uri);
    if (!path) return null;
    // Any format the input layer reads: a comparison or an export may name a .docx or a PDF.
    const read = await readPlanSource(path);
    if ('error' in read) return null;
    return { analysis: analyzePlan(read.text, analyzeOptions(this.settings)), version: 0 };
  }
}
