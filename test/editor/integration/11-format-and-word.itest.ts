/**
 * Format Document and Export to Word in a real VS Code: the editor's own Format Document applies the
 * server's edits (the seed's half-width commas become full-width; a second format changes nothing),
 * and PlanLens: Export to Word writes a .docx that holds the plan's title in the official layout.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openPlan, seedCopy, waitForDiagnostics, workspaceDir } from './helpers';

describe('format document and export to Word', () => {
  it('Format Document makes the seed\'s commas full-width, and formatting again changes nothing', async () => {
    const uri = seedCopy('format.plan');
    const doc = await openPlan(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the plan to be checked');
    assert.ok(doc.lineAt(11).text.includes(','), 'the seed has half-width commas on line 12');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    const we = new vscode.WorkspaceEdit();
    we.set(uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    assert.ok(doc.lineAt(11).text.startsWith('（一）能源绿色低碳转型行动。'), doc.lineAt(11).text);
    assert.ok(!doc.lineAt(11).text.includes(','), doc.lineAt(11).text);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
    assert.strictEqual(again?.length ?? 0, 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('PlanLens: Export to Word writes a .docx with the plan\'s title', async () => {
    const uri = seedCopy();
    await openPlan(uri);
    const out = path.join(workspaceDir(), 'exported', 'seed.docx');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('planlens.exportToWord', uri, vscode.Uri.file(out));
    assert.strictEqual(written?.fsPath, out);
    const bytes = fs.readFileSync(out);
    assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip file');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, strFromU8 } = require('fflate') as typeof import('fflate');
    const document = strFromU8(unzipSync(bytes)['word/document.xml']);
    assert.ok(document.includes('江西省碳达峰实施方案'), 'the title');
    assert.ok(/<w:pgSz w:w="11906" w:h="16838"/.test(document), 'A4');
  });
});
