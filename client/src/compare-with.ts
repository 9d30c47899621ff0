/**
 * "Compare with…": the active plan (the lower plan, by default) against another open plan or a
 * file. A QuickPick lists the other open plans and "选择文件…"; its swap button makes the active
 * plan the upper one instead. With arguments (lower, upper: URIs or paths) it asks nothing, so
 * tests and tasks can run it; from the Explorer's context menu it gets the clicked file (and the
 * selection: two selected plans are compared with each other).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComparisonPanels, ComparisonState } from './comparison-panel';
import { LANGUAGE_ID } from './language-id';
import { asUri } from './uri-arg';

/** The title the server found for an open plan, if it told us (status-bar stats). */
export type TitleOf = (uri: vscode.Uri) => string | null | undefined;

interface PlanItem extends vscode.QuickPickItem {
  uri?: vscode.Uri;
  chooseFile?: boolean;
}

function activePlan(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID) return active.uri;
  // The comparison view (or another webview) has the focus: the plan shown beside it.
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
}

/** The second argument: a URI or path, or the Explorer's selection (the other selected plan). */
function upperFrom(arg: unknown, lower: vscode.Uri): vscode.Uri | undefined {
  if (Array.isArray(arg)) {
    const others = arg.map(asUri).filter((u): u is vscode.Uri => u !== undefined && u.toString() !== lower.toString());
    return others.length === 1 ? others[0] : undefined;
  }
  return asUri(arg);
}

export async function compareWith(panels: ComparisonPanels, titleOf: TitleOf, lowerArg?: unknown, upperArg?: unknown): Promise<ComparisonState | undefined> {
  const first = asUri(lowerArg) ?? activePlan();
  if (!first) {
    void vscode.window.showWarningMessage('请先打开一个政策方案，再选择要与之比较的方案。');
    return undefined;
  }
  const given = upperFrom(upperArg, first);
  if (given) return panels.open(first, given);
  const choice = await pickOther(first, titleOf);
  if (!choice) return undefined;
  return choice.swapped ? panels.open(choice.other, first) : panels.open(first, choice.other);
}

/** The other plan, and whether the user made the first plan the upper one. */
async function pickOther(plan: vscode.Uri, titleOf: TitleOf): Promise<{ other: vscode.Uri; swapped: boolean } | undefined> {
  const name = titleOf(plan) ? `《${titleOf(plan)}》` : path.basename(plan.fsPath || plan.path);
  const others: PlanItem[] = vscode.workspace.textDocuments
    .filter((d) => d.languageId === LANGUAGE_ID && d.uri.toString() !== plan.toString())
    .map((d) => {
      const title = titleOf(d.uri);
      const file = path.basename(d.uri.fsPath || d.uri.path);
      return { label: `$(file-text) ${title ? `《${title}》` : file}`, description: title ? vscode.workspace.asRelativePath(d.uri) : undefined, uri: d.uri };
    });
  const items: PlanItem[] = [
    ...others,
    ...(others.length ? [{ label: '', kind: vscode.QuickPickItemKind.Separator }] : []),
    { label: '$(folder-opened) 选择文件…', description: 'Choose a file…', chooseFile: true },
  ];
  const swap: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('arrow-swap'), tooltip: '交换上下级' };

  const qp = vscode.window.createQuickPick<PlanItem>();
  let swapped = false;
  const describe = () => {
    qp.title = swapped ? `与…比较：${name} 作为上级方案` : `与…比较：${name} 作为本方案（下级）`;
    qp.placeholder = swapped ? '选择下级方案（市级、省级）' : '选择上级方案（省级、国家）';
  };
  qp.items = items;
  qp.buttons = [swap];
  qp.matchOnDescription = true;
  describe();
  const picked = await new Promise<PlanItem | undefined>((resolve) => {
    qp.onDidTriggerButton(() => {
      swapped = !swapped;
      describe();
    });
    qp.onDidAccept(() => resolve(qp.selectedItems[0]));
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  if (!picked) return undefined;
  if (picked.uri) return { other: picked.uri, swapped };
  const files = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: '比较',
    title: swapped ? '选择下级方案' : '选择上级方案',
    defaultUri: plan.scheme === 'file' ? vscode.Uri.file(path.dirname(plan.fsPath)) : undefined,
    filters: { 政策方案: ['txt', 'plan'], 所有文件: ['*'] },
  });
  return files?.[0] ? { other: files[0], swapped } : undefined;
}
