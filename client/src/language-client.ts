/**
 * The language client: forks the bundled server (dist/planlens.js lsp --node-ipc; the client
 * adds --node-ipc itself) and tells it of plan files changing on disk, for workspace symbols.
 * Settings reach the server by its own request (workspace/configuration) and registration.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './language-id';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/planlens.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'] },
    debug: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'], options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{plan,txt}') },
    outputChannelName: 'PlanLens',
  };
  return new LanguageClient('planlens', 'PlanLens', serverOptions, clientOptions);
}
