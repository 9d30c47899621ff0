/**
 * The language server killed mid-session (SIGKILL, as an out-of-memory kill or a crash would end
 * it): the client starts a new one, which gets the open plan with its unsaved edits and checks it
 * again; edits after the restart reach it. When the server dies so often that the client gives
 * up (5 times in 3 minutes, vscode-languageclient's default), "PlanLens: Restart Server" brings
 * it back.
 */
import * as assert from 'assert';
import type { ChildProcess } from 'child_process';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { EXTENSION_ID, codeOf, openPlan, seedCopy, waitFor, waitForDiagnostics } from './helpers';

interface Api {
  client: LanguageClient;
  ready(): Promise<void>;
}

const UNSAVED = '\n六、新增章节（未闭合';

describe('a server killed mid-session', function () {
  this.timeout(120_000);
  let api: Api;
  let doc: vscode.TextDocument;
  /** Lines of the plan on disk, before the unsaved line. */
  let savedLines = 0;

  const serverPid = () => (api.client as unknown as { serverProcess?: ChildProcess }).serverProcess?.pid;
  const stateChanged = (): vscode.Event<unknown> => (listener) => api.client.onDidChangeState(listener);
  /**
   * Whether the client gave up. Its public state says Stopped for a moment on every restart too
   * (between the old server and the new one), so ask for the internal one, which tells them apart.
   * Giving up after failed writes to the dead pipe goes through 'stopping', and stopping→stopped
   * changes no public state (no event to wait on): 'stopping' counts, the command waits it out.
   */
  const gaveUp = () => ['stopping', 'stopped', 'startFailed'].includes((api.client as unknown as { $state: string }).$state);
  /** The unbalanced 《（》 of the unsaved last line, as the server reports it. */
  const unsavedFinding = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'unbalanced-bracket' && d.range.start.line === doc.lineCount - 1);

  /**
   * Kills the server and resolves once a new one runs and has published diagnostics for the plan
   * again (the client drops the old ones on restart: seen empty first, then `holds`).
   */
  async function killAndWait(holds: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
    const pid = serverPid();
    assert.ok(pid, 'the client knows its server process');
    let cleared = false;
    const back = waitForDiagnostics(
      doc.uri,
      (ds) => {
        if (ds.length === 0) cleared = true;
        return cleared && holds(ds);
      },
      `${what} after the restart`,
      60_000,
    );
    process.kill(pid, 'SIGKILL');
    await waitFor(stateChanged(), () => api.client.state === State.Running && serverPid() !== undefined && serverPid() !== pid, 'a new server to run', 60_000);
    return back;
  }

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID)!;
    api = ext.isActive ? ext.exports : await ext.activate();
    doc = await openPlan(seedCopy('restart.plan'));
    await api.ready();
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'incomplete-agency-clause'), 'the plan to be checked');
    // An edit the file on disk does not have: only the editor can give it to a new server.
    savedLines = doc.lineCount;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, UNSAVED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(doc.uri, unsavedFinding, 'the unsaved line to be checked');
  });

  after(async () => {
    if (!doc.isDirty) return;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('is restarted by the client and gets the open plan with its unsaved edit', async () => {
    const ds = await killAndWait((ds) => unsavedFinding(ds) && ds.some((d) => codeOf(d) === 'incomplete-agency-clause'), 'the unsaved line and the seed’s findings');
    assert.ok(ds.length > 10, `${ds.length} diagnostics`);
    const status = await api.client.sendRequest<{ openDocuments: number }>('planlens/status');
    assert.ok(status.openDocuments >= 1, 'the new server holds the open plan');
  });

  it('takes edits after the restart (incremental sync continues)', async () => {
    // Take the unsaved line away again: its finding must go, the seed's stay.
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.lineAt(savedLines - 1).range.end, doc.lineAt(doc.lineCount - 1).range.end));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.lineCount, savedLines);
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => codeOf(d) === 'incomplete-agency-clause') && !ds.some((d) => codeOf(d) === 'unbalanced-bracket' && d.range.start.line >= savedLines - 1),
      'the unsaved line’s finding to go',
    );
  });

  it('after the client gives up on a crashing server, PlanLens: Restart Server brings it back', async () => {
    // Kill until the client stops restarting (its default: 5 crashes in 3 minutes).
    const transitions: string[] = [];
    const sub = api.client.onDidChangeState((e) => transitions.push(`${State[e.oldState]}→${State[e.newState]} pid ${serverPid()}`));
    for (let i = 0; i < 6 && api.client.state === State.Running; i++) {
      const pid = serverPid()!;
      const settled = waitFor(
        stateChanged(),
        () => gaveUp() || (api.client.state === State.Running && serverPid() !== undefined && serverPid() !== pid),
        'the client to restart the server or to give up',
        60_000,
      );
      process.kill(pid, 'SIGKILL');
      await settled;
    }
    sub.dispose();
    assert.ok(gaveUp(), `the client gave up: ${transitions.join(', ')}`);
    const back = waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'incomplete-agency-clause'), 'diagnostics from the restarted server', 60_000);
    await vscode.commands.executeCommand('planlens.restartServer');
    await waitFor(stateChanged(), () => api.client.state === State.Running, 'the server to run again', 60_000);
    await back;
  });
});
