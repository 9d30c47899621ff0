/**
 * "PlanLens: Index Workspace Plans": the server indexes the workspace's plans in the background
 * (worker threads) while a cancellable notification shows how far it is; the Plans view is read
 * again when it ends.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_PROGRESS_NOTIFICATION, INDEX_WORKSPACE_REQUEST, type IndexProgressNotice, type IndexWorkspaceResult } from '../../server/src/lsp/protocol';

export async function indexWorkspace(client: LanguageClient, after: () => Promise<unknown>): Promise<IndexWorkspaceResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'PlanLens：正在索引工作区方案', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const listener = client.onNotification(INDEX_PROGRESS_NOTIFICATION, (p: IndexProgressNotice) => {
        const percent = p.total ? (100 * p.done) / p.total : 0;
        progress.report({ increment: Math.max(0, percent - reported), message: `${p.done}/${p.total}${p.file ? ` ${p.file}` : ''}` });
        reported = percent;
      });
      try {
        const result = await client.sendRequest<IndexWorkspaceResult>(INDEX_WORKSPACE_REQUEST, {}, token);
        if ('error' in result) {
          void vscode.window.showErrorMessage(`PlanLens：${result.error}`);
          return result;
        }
        await after();
        const unreadable = result.failed.length ? `，${result.failed.length} 个文件无法读取` : '';
        void vscode.window.showInformationMessage(
          `${result.cancelled ? '索引已中断' : '索引完成'}：${result.plans} 个方案（分析 ${result.analysed}，未变 ${result.unchanged}，移除 ${result.removed}${unreadable}）`,
        );
        return result;
      } catch (e) {
        if (e instanceof vscode.CancellationError) return undefined;
        void vscode.window.showErrorMessage(`PlanLens 索引失败：${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
}
