/**
 * The drafter's features in the real VS Code, through its own commands (the paths of Shift+F12,
 * F2 and Ctrl+Space): references to an agency across the workspace's plans, rename with the
 * workspace edit VS Code previews, and completion of agency names in a clause.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { fileUri, openPlan, seedCopy, waitForDiagnostics } from './helpers';

/** A second plan on disk: 省发展改革委 once, and 市发展改革委, which contains the name and is another agency. */
const OTHER = ['某某市节能降碳实施方案', '一、重点任务', '（一）推进节能改造。到2025年完成改造。（省发展改革委牵头，市发展改革委配合）', ''].join('\n');

describe('drafting: agencies as symbols, completion', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let otherUri: vscode.Uri;
  let at: vscode.Position;

  before(async () => {
    otherUri = fileUri('drafting-other.plan');
    fs.writeFileSync(otherUri.fsPath, OTHER);
    uri = seedCopy('drafting.plan');
    doc = await openPlan(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'drafting.plan to be checked');
    at = doc.positionAt(doc.getText().indexOf('省发展改革委') + 1);
  });
  after(() => fs.rmSync(otherUri.fsPath, { force: true }));

  it('Go to References lists the agency in this plan (as highlighted) and in the other plan, never 市发展改革委', async () => {
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at)) ?? [];
    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, at)) ?? [];
    const here = locations.filter((l) => l.uri.toString() === uri.toString());
    assert.ok(here.length > 1, `references in drafting.plan: ${here.length}`);
    assert.strictEqual(here.length, highlights.length);
    assert.ok(here.every((l) => doc.getText(l.range) === '省发展改革委'));
    const other = locations.filter((l) => l.uri.toString() === otherUri.toString());
    assert.strictEqual(other.length, 1, 'the other plan names the agency once');
    assert.strictEqual(other[0].range.start.character, OTHER.split('\n')[2].indexOf('省发展改革委'));
  });

  it('F2 renames it in this plan, and in the other plan behind a confirmation', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at, '省发展和改革委员会');
    assert.ok(edit, 'no workspace edit');
    const mine = edit.get(uri);
    const references = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at)) ?? [];
    assert.strictEqual(mine.length, references.filter((l) => l.uri.toString() === uri.toString()).length);
    const theirs = edit.get(otherUri);
    assert.strictEqual(theirs.length, 1);
    const entry = edit.entries().find(([u]) => u.toString() === otherUri.toString())!;
    assert.ok(entry, 'the other plan is in the edit');
    // Apply this plan's edits: every occurrence renamed, 市发展改革委 elsewhere untouched.
    const own = new vscode.WorkspaceEdit();
    own.set(uri, mine);
    assert.ok(await vscode.workspace.applyEdit(own));
    assert.strictEqual(doc.getText().split('省发展和改革委员会').length - 1, mine.length);
    assert.ok(!doc.getText().includes('（省发展改革委'));
  });

  it('Ctrl+Space after 、 in a clause offers this plan’s agencies first', async () => {
    const text = doc.getText();
    const list = text.indexOf('省能源局、');
    assert.ok(list >= 0);
    const pos = doc.positionAt(list + '省能源局、'.length);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos, '、');
    const items = [...completions.items].sort((a, b) => ((a.sortText ?? '') < (b.sortText ?? '') ? -1 : 1));
    const labels = items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.length > 10, labels.join(' '));
    assert.strictEqual(labels[0], '省发展和改革委员会', `first: ${labels.slice(0, 5).join(' ')}`);
    assert.ok(labels.includes('省能源局'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
