/**
 * A settings change re-checks open plans: `planlens.rules` turns a rule off, or changes its
 * severity, and the Problems panel follows without reopening the file.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, seedCopy, openPlan, waitForDiagnostics } from './helpers';

const CODE = 'incomplete-agency-clause';

describe('settings', () => {
  const config = () => vscode.workspace.getConfiguration('planlens');
  after(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('planlens.rules: off removes the problem, error raises it, the default restores it', async () => {
    const uri = seedCopy();
    await openPlan(uri);
    const clause = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === CODE);
    await waitForDiagnostics(uri, (ds) => clause(ds)?.severity === vscode.DiagnosticSeverity.Warning, `${CODE} as a warning`);

    await config().update('rules', { [CODE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (ds) => ds.length > 0 && !clause(ds), `${CODE} to be turned off`);

    await config().update('rules', { [CODE]: 'error' }, vscode.ConfigurationTarget.Workspace);
    const ds = await waitForDiagnostics(uri, (ds) => clause(ds)?.severity === vscode.DiagnosticSeverity.Error, `${CODE} as an error`);
    assert.strictEqual(clause(ds)!.range.start.line, 21);

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (ds) => clause(ds)?.severity === vscode.DiagnosticSeverity.Warning, `${CODE} back to a warning`);
  });
});
