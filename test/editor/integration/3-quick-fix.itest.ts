/**
 * The quick fix of the incomplete agency clause, as the light bulb offers it: asked for through
 * vscode.executeCodeActionProvider, applied with workspace.applyEdit; the problem goes away.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openPlan, seedCopy, waitForDiagnostics } from './helpers';

describe('quick fix', () => {
  it('completes 按职责分工 to 按职责分工负责 and the problem goes away', async () => {
    const uri = seedCopy('quick-fix.plan');
    const doc = await openPlan(uri);
    const [d] = (await waitForDiagnostics(uri, (ds) => ds.some((x) => codeOf(x) === 'incomplete-agency-clause'), 'the clause problem'))
      .filter((x) => codeOf(x) === 'incomplete-agency-clause');
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && /负责/.test(a.title));
    assert.ok(fix, `no quick fix with an edit among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused the edit');
    assert.match(doc.lineAt(21).text, /按职责分工负责[)）]$/);
    await waitForDiagnostics(uri, (ds) => !ds.some((x) => codeOf(x) === 'incomplete-agency-clause'), 'the clause problem to go away');
    // Leave the file as it was.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
