/**
 * What the user sees on the seed, through VS Code's own commands (the same paths as the Outline
 * view, hover, folding and the Problems panel): document symbols, hover, folding, diagnostics.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, seedCopy, hoverText, openPlan, waitForDiagnostics } from './helpers';

const CHAPTER = /^([一二三四五六七八九十]+)、/;

describe('features on the seed', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];

  before(async () => {
    uri = seedCopy();
    doc = await openPlan(uri);
    // Once diagnostics are in, the client and the server are up and the document analysed.
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the seed to be checked');
    symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  });

  it('outline: chapters 一…五', () => {
    const chapters = symbols.map((s) => CHAPTER.exec(s.name)?.[1]).filter(Boolean);
    assert.deepStrictEqual(chapters, ['一', '二', '三', '四', '五'], `top-level symbols: ${symbols.map((s) => s.name).join(' | ')}`);
  });

  it('outline: the ten actions of 三、重点任务, 三(二) with its five tasks', () => {
    const three = symbols.find((s) => s.name.startsWith('三、'))!;
    assert.ok(three, 'no 三、 chapter');
    assert.match(three.name, /重点任务/);
    const actions = three.children;
    assert.strictEqual(actions.length, 10, actions.map((a) => a.name).join(' | '));
    assert.match(actions[0].name, /^[（(]一[)）]能源绿色低碳转型行动/);
    assert.match(actions[9].name, /^[（(]十[)）]/);
    assert.match(actions[1].name, /工业领域碳达峰行动/);
    assert.strictEqual(actions[1].children.length, 5, actions[1].children.map((t) => t.name).join(' | '));
    assert.match(actions[1].children[4].name, /推动石化化工行业碳达峰/);
    // Each level its own icon: chapter, action, task.
    assert.deepStrictEqual([three.kind, actions[1].kind, actions[1].children[4].kind], [vscode.SymbolKind.Module, vscode.SymbolKind.Event, vscode.SymbolKind.Function]);
    // The symbol selects its heading, on the heading's line.
    assert.strictEqual(actions[1].selectionRange.start.line, 16);
  });

  it('diagnostics: the incomplete agency clause of 三(二)5, on line 22', () => {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'incomplete-agency-clause');
    assert.strictEqual(ds.length, 1, ds.map((d) => `${d.range.start.line + 1}: ${d.message}`).join(' | '));
    const [d] = ds;
    assert.strictEqual(d.range.start.line, 21);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /负责/);
    assert.match(doc.getText(d.range), /职责分工/);
  });

  it('hover on 18.3% shows the target card', async () => {
    const line = doc.lineAt(8).text;
    const at = line.indexOf('18.3%');
    assert.ok(at >= 0, 'the seed has 18.3% on line 9');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(8, at + 1));
    const text = hoverText(hovers);
    assert.match(text, /非化石能源消费比重/);
    assert.match(text, /18\.3%/);
    assert.match(text, /2025/);
  });

  it('folding: the chapter 三 and each of its actions fold', async () => {
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
    const starts = new Set(ranges.map((r) => r.start));
    const three = symbols.find((s) => s.name.startsWith('三、'))!;
    assert.ok(starts.has(three.range.start.line), `no fold at 三 (line ${three.range.start.line + 1})`);
    const fold3 = ranges.find((r) => r.start === three.range.start.line)!;
    assert.ok(fold3.end >= three.children[9].range.start.line, `the fold of 三 ends at line ${fold3.end + 1}`);
    for (const a of three.children.filter((c) => c.range.end.line > c.range.start.line)) {
      assert.ok(starts.has(a.range.start.line), `no fold at ${a.name} (line ${a.range.start.line + 1})`);
    }
  });
});
