/**
 * The VS Code extension: commands, the status bar, the .txt plan detector, and the language
 * client — started when the first plan is open (the extension also wakes for plain-text files,
 * to recognise plans saved as .txt, and must not start a server for every text file).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DISABLE_RULE_COMMAND, REVEAL_TASKS_COMMAND } from '../../server/src/lsp/protocol';
import { ActivePlan } from './active-plan';
import { compareWith } from './compare-with';
import { ComparisonPanels } from './comparison-panel';
import { disableRule } from './disable-rule';
import { exportTargets } from './export-targets';
import { createLanguageClient } from './language-client';
import { registerPlanDetector } from './plan-detector';
import { LANGUAGE_ID } from './language-id';
import { indexWorkspace } from './index-workspace';
import { openAsPlan } from './open-as-plan';
import { exportToWord } from './export-to-word';
import { PlansView } from './plans-view';
import { ReportPanel } from './report-panel';
import { SourceStatus } from './source-status';
import { PlanStatusBar } from './status-bar';
import { TargetsView } from './targets-view';
import { TasksView } from './tasks-view';

/** What activate returns, for integration tests: the client, and a way to wait for it. */
export interface PlanLensApi {
  client: LanguageClient;
  /** Starts the client if no plan did yet, and resolves once it runs. */
  ready(): Promise<void>;
  statusBar: PlanStatusBar;
  /** The comparison views (made on first use). */
  comparisons(): ComparisonPanels;
  /** The status-bar item naming a converted plan's original. */
  sourceStatus: SourceStatus;
  /** The Plans view of the workspace index. */
  plans: PlansView;
  /** The report view (made on first use). */
  report(): ReportPanel;
  /** The Tasks and Targets views of the plan in the active editor. */
  tasks: TasksView;
  targets: TargetsView;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PlanLensApi {
  const c = (client = createLanguageClient(context));
  let starting: Promise<void> | undefined;
  const ready = () =>
    (starting ??= c.start().catch((e: unknown) => {
      starting = undefined;
      void vscode.window.showErrorMessage(`PlanLens 语言服务器启动失败：${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }));
  const startFor = (doc: vscode.TextDocument) => {
    if (doc.languageId === LANGUAGE_ID) void ready().catch(() => undefined);
  };

  const statusBar = new PlanStatusBar(c);
  const sourceStatus = new SourceStatus();
  // Nothing of the comparison is made at activation: the first "Compare with…" makes it.
  let panels: ComparisonPanels | undefined;
  const comparisons = () => {
    if (!panels) context.subscriptions.push((panels = new ComparisonPanels(c)));
    return panels;
  };
  const plans = new PlansView(c, ready);
  const activePlan = new ActivePlan();
  const tasks = new TasksView(c, ready, activePlan);
  const targets = new TargetsView(c, ready, activePlan);
  let reportPanel: ReportPanel | undefined;
  const report = () => {
    if (!reportPanel) context.subscriptions.push((reportPanel = new ReportPanel(c)));
    return reportPanel;
  };
  context.subscriptions.push(
    statusBar,
    sourceStatus,
    plans,
    vscode.window.registerTreeDataProvider('planlens.plans', plans),
    activePlan,
    tasks,
    targets,
    vscode.commands.registerCommand(REVEAL_TASKS_COMMAND, (uri?: unknown, sectionId?: unknown) => tasks.reveal(uri, sectionId)),
    vscode.commands.registerCommand('planlens.tasks.groupBy', (grouping?: unknown) => tasks.pickGrouping(grouping)),
    vscode.commands.registerCommand('planlens.tasks.filter', (filters?: unknown) => tasks.pickFilters(filters)),
    vscode.commands.registerCommand('planlens.targets.groupBy', (grouping?: unknown) => targets.pickGrouping(grouping)),
    vscode.commands.registerCommand('planlens.indexWorkspace', async () => {
      await ready();
      return indexWorkspace(c, () => plans.refresh());
    }),
    vscode.commands.registerCommand('planlens.refreshPlans', () => plans.refresh()),
    vscode.commands.registerCommand('planlens.showReport', async () => {
      await ready();
      return report().show();
    }),
    vscode.commands.registerCommand('planlens.openAsPlan', async (file?: unknown, selectionOrOverwrite?: unknown) => {
      await ready();
      // From the Explorer the second argument is the selection; from tests and tasks, 'yes'/'no' to overwriting.
      return openAsPlan(c, (target, source) => sourceStatus.remember(target, source), file, typeof selectionOrOverwrite === 'string' ? selectionOrOverwrite : undefined);
    }),
    vscode.commands.registerCommand('planlens.exportTargets', async (plan?: unknown, out?: unknown) => {
      await ready();
      return exportTargets(c, plan, out);
    }),
    vscode.commands.registerCommand('planlens.exportToWord', async (plan?: unknown, out?: unknown) => {
      await ready();
      return exportToWord(c, plan, out);
    }),
    vscode.commands.registerCommand('planlens.compareWith', async (lower?: unknown, upper?: unknown) => {
      await ready();
      return compareWith(comparisons(), (uri) => statusBar.statsFor(uri)?.title, lower, upper);
    }),
    vscode.commands.registerCommand('planlens.showOutput', () => c.outputChannel.show(true)),
    vscode.commands.registerCommand('planlens.restartServer', async () => {
      if (c.isRunning()) return c.restart();
      // A client that gave up on a crashing server (5 crashes in 3 minutes, or writes failing
      // on a dead pipe) is stopped, or still stopping, with its first start long settled: let the
      // stop finish (a stopping client refuses to start), then start anew rather than hand back
      // that old promise. stop() on a client that never got up throws: nothing to wait for then.
      if (c.state === State.Stopped) {
        await c.stop().catch(() => undefined);
        starting = undefined;
      }
      return ready();
    }),
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, (code?: unknown) => disableRule(code)),
    vscode.workspace.onDidOpenTextDocument(startFor),
    registerPlanDetector(),
  );
  vscode.workspace.textDocuments.forEach(startFor);
  return { client: c, ready, statusBar, comparisons, sourceStatus, plans, report, tasks, targets };
}

export function deactivate(): Promise<void> | undefined {
  return client?.isRunning() ? client.stop() : undefined;
}
