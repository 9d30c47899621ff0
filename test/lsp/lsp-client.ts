/**
 * A real LSP client for the protocol tests: spawns `planlens lsp --stdio` as a child process and
 * speaks to it with vscode-languageserver-protocol. It answers the server's own requests
 * (workspace/configuration from `settings`, registrations), records notifications, and lets a
 * test wait for the next publishDiagnostics of a document — on the event, never on a timer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type InitializeResult,
  type MarkupKind,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../core/helpers';

export interface StartOptions {
  rootUri?: string | null;
  /** The `planlens` section returned to workspace/configuration. */
  settings?: unknown;
  initializationOptions?: unknown;
  /** textDocument.hover.contentFormat (default markdown, then plaintext). */
  hoverFormats?: string[];
  /** Extra node flags before the script (e.g. --require a preload). */
  nodeArgs?: string[];
  /** False: never answer workspace/configuration (a client that hangs). */
  answerConfiguration?: boolean;
  /** Client capabilities added to the defaults below (per section: workspace, textDocument). */
  capabilities?: { workspace?: object; textDocument?: object };
}

interface Waiter {
  uri: string;
  after: number;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspTestClient {
  readonly published: Array<{ seq: number; params: PublishDiagnosticsParams }> = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  settings: unknown;
  answerConfiguration = true;
  initializeResult!: InitializeResult;
  private seq = 0;
  private waiters: Waiter[] = [];
  private stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const script = path.join(ROOT, 'bin', 'planlens.js');
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, 'lsp', '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    client.settings = options.settings ?? {};
    client.answerConfiguration = options.answerConfiguration !== false;
    child.stderr!.on('data', (b: Buffer) => (client.stderr += b.toString()));
    child.once('exit', (code) => {
      for (const reject of client.exitWaiters) reject(new Error(`server exited (${code}):\n${client.stderr}`));
      client.exitWaiters = [];
    });
    client.wire();
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'plans' }] : null,
      initializationOptions: options.initializationOptions ?? { segmenterProbeDelay: -1 },
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true }, ...options.capabilities?.workspace },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: (options.hoverFormats ?? ['markdown', 'plaintext']) as MarkupKind[] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          ...options.capabilities?.textDocument,
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wire(): void {
    const c = this.connection;
    c.onRequest(ConfigurationRequest.type, (params) =>
      this.answerConfiguration ? params.items.map((i) => (i.section === 'planlens' ? this.settings : null)) : new Promise<never>(() => undefined),
    );
    c.onRequest(RegistrationRequest.type, () => undefined);
    c.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    c.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.emit();
    });
    c.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.emit();
    });
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const seq = ++this.seq;
      this.published.push({ seq, params });
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || seq <= w.after || !w.accept(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    c.onUnhandledNotification((n) => {
      this.notifications.push({ method: n.method, params: n.params });
      this.emit();
    });
  }

  private listeners: Array<() => void> = [];
  private exitWaiters: Array<(e: Error) => void> = [];

  /** Fails a pending wait if the server dies (one 'exit' listener for all of them). */
  private onExit(reject: (e: Error) => void): void {
    if (this.process.exitCode !== null) reject(new Error(`server exited (${this.process.exitCode}):\n${this.stderr}`));
    else this.exitWaiters.push(reject);
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves when `condition` holds: checked now, then on every message or notification. */
  when<T>(condition: () => T | undefined | null | false): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = condition();
        if (!v) return false;
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve(v);
        return true;
      };
      if (check()) return;
      this.listeners.push(check);
      this.onExit(reject);
    });
  }

  /** A mark in the stream of publishDiagnostics: wait for ones after it. */
  mark(): number {
    return this.seq;
  }

  /**
   * The first publishDiagnostics for `uri` after `after` (default: any, including one already
   * received) that `accept` takes.
   */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    const done = this.published.find((p) => p.params.uri === uri && p.seq > after && accept(p.params));
    if (done) return Promise.resolve(done.params);
    return new Promise((resolve, reject) => {
      this.waiters.push({ uri, after, accept, resolve });
      this.onExit(reject);
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'policy-plan'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  configure(planlens: unknown): Promise<void> {
    this.settings = planlens;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { planlens } });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }

  get serverErrors(): string {
    return this.stderr;
  }
}
