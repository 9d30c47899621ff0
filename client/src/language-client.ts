/**
 * The language client: forks the bundled server (dist/planlens.js lsp --node-ipc; the client
 * adds --node-ipc itself) and tells it of plan files changing on disk, for workspace symbols.
 * Settings reach the server by its own request (workspace/configuration) and registration.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DISABLE_RULE_COMMAND, REVEAL_TASKS_COMMAND, type InitializationOptions } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from './language-id';
import { chooseServerRuntime, type RuntimeChoice } from './server-runtime';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/planlens.js');
  // Where the server runs is decided when it starts (the first plan opens), not at activation:
  // the client reads `runtime` only then, so it is a getter.
  let choice: RuntimeChoice | undefined;
  const module = (execArgv: string[] = []) => ({
    module: serverModule,
    transport: TransportKind.ipc,
    args: ['lsp'],
    options: { execArgv },
    get runtime(): string | undefined {
      choice ??= chooseServerRuntime(context.extensionPath, vscode.workspace.getConfiguration('planlens').get<string>('server.nodePath'));
      return choice.runtime;
    },
  });
  const serverOptions: ServerOptions = { run: module(), debug: module(['--nolazy', '--inspect=6011']) };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{plan,txt}') },
    outputChannelName: 'PlanLens',
    // The commands this client runs for the server's code actions and lenses (other clients get none).
    initializationOptions: { clientCommands: [DISABLE_RULE_COMMAND, REVEAL_TASKS_COMMAND] } satisfies InitializationOptions,
  };
  const client = new LanguageClient('planlens', 'PlanLens', serverOptions, clientOptions);
  client.onDidChangeState(() => {
    if (choice) client.info(`Server runtime: ${choice.reason}`);
  });
  return client;
}
