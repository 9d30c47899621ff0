/**
 * Every feature the language server offers, each with its capability and handler side by side.
 * The providers themselves are pure functions in their own files; a new feature adds its
 * `Feature` to this list and touches nothing else in the server.
 */
import { CodeActionKind, CodeLensRefreshRequest, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Feature } from '../feature';
import { REVEAL_TASKS_COMMAND, TASKS_REQUEST, type TasksResult } from '../protocol';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { codeLenses } from './code-lens';
import { inlayHints } from './inlay-hints';
import { taskRows } from './task-rows';
import { documentSymbols } from './document-symbols';
import { DRAFTING_FEATURES } from './drafting-features';
import { foldingRanges } from './folding';
import { exportDocxForEditor } from './export-docx';
import { formattingEdits } from './formatting';
import { EXPORT_DOCX_REQUEST, type ExportDocxParams } from '../protocol';
import { hover } from './hover';
import { MOVE_KIND, moveTaskActions } from './move-task';
import { hoverFormat, markup } from './markup';
import { selectionRanges } from './selection-ranges';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semantic-tokens';
import { filterSymbols } from './workspace-symbols';

const outline: Feature = {
  name: 'document-symbols',
  capabilities: () => ({ documentSymbolProvider: { label: 'PlanLens' } }),
  register: (ctx) => ctx.connection.onDocumentSymbol((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => documentSymbols(a))),
};

const folding: Feature = {
  name: 'folding',
  capabilities: () => ({ foldingRangeProvider: true }),
  register: (ctx) => ctx.connection.onFoldingRanges((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => foldingRanges(a))),
};

const selection: Feature = {
  name: 'selection-ranges',
  capabilities: () => ({ selectionRangeProvider: true }),
  register: (ctx) =>
    ctx.connection.onSelectionRanges((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => selectionRanges(a, p.positions))),
};

const hovers: Feature = {
  name: 'hover',
  capabilities: () => ({ hoverProvider: true }),
  register: (ctx) =>
    ctx.connection.onHover((p, token) =>
      ctx.withAnalysis(p.textDocument.uri, token, (a) => {
        const h = hover(a, p.position, ctx.comparisons.forDocument(p.textDocument.uri));
        // Written as Markdown; plain text for a client that asked for it (hover.contentFormat).
        return h && { ...h, contents: markup((h.contents as { value: string }).value, hoverFormat(ctx.client().capabilities)) };
      }),
    ),
};

const actions: Feature = {
  name: 'code-actions',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MOVE_KIND] } }),
  register: (ctx) =>
    ctx.connection.onCodeAction((p, token) =>
      ctx.withAnalysis(p.textDocument.uri, token, (a, doc) => {
        const client = {
          version: doc.version,
          documentChanges: ctx.client().capabilities.workspace?.workspaceEdit?.documentChanges === true,
          clientCommands: ctx.client().options.clientCommands,
        };
        const moves = !p.context.only || p.context.only.some((k) => MOVE_KIND.startsWith(k)) ? moveTaskActions(a, doc.uri, p.range, client) : [];
        return [...codeActions(a, doc.uri, p.range, p.context, client), ...moves];
      }),
    ),
};

const tokens: Feature = {
  name: 'semantic-tokens',
  capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true } }),
  register: (ctx) => {
    ctx.connection.languages.semanticTokens.on((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => semanticTokens(a)) ?? { data: [] });
    ctx.connection.languages.semanticTokens.onRange(
      (p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => semanticTokens(a, p.range)) ?? { data: [] },
    );
  },
};

const workspaceSymbols: Feature = {
  name: 'workspace-symbols',
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register: (ctx) =>
    ctx.connection.onWorkspaceSymbol(async (p, token) => {
      await ctx.settingsReady();
      const settings = ctx.settings();
      const all = await ctx.workspace.symbols(ctx.store, settings, ctx.settingsKey(), token);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      return filterSymbols(all, p.query);
    }),
};

const formatting: Feature = {
  name: 'formatting',
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register: (ctx) => {
    const forms = () => ctx.settings().format.labelForms;
    ctx.connection.onDocumentFormatting((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => formattingEdits(a, forms())));
    ctx.connection.onDocumentRangeFormatting((p, token) => ctx.withAnalysis(p.textDocument.uri, token, (a) => formattingEdits(a, forms(), p.range)));
  },
};

const exportToWord: Feature = {
  name: 'export-docx',
  register: (ctx) =>
    ctx.connection.onRequest(EXPORT_DOCX_REQUEST, async (p: ExportDocxParams) => {
      await ctx.settingsReady();
      return exportDocxForEditor(p.uri, (await ctx.analysisOrDisk(p.uri))?.analysis ?? null, ctx.settings().export.titleFont);
    }),
};

const lenses: Feature = {
  name: 'code-lens',
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register: (ctx) => {
    ctx.connection.onCodeLens(async (p, token) => {
      await ctx.settingsReady();
      if (!ctx.settings().codeLens.enabled) return [];
      const command = ctx.client().options.clientCommands?.includes(REVEAL_TASKS_COMMAND) ? REVEAL_TASKS_COMMAND : '';
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => codeLenses(a, p.textDocument.uri, { command }));
    });
    ctx.onSettingsChanged(() => {
      if (ctx.client().capabilities.workspace?.codeLens?.refreshSupport) void ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  },
};

const hints: Feature = {
  name: 'inlay-hints',
  capabilities: () => ({ inlayHintProvider: true }),
  register: (ctx) => {
    ctx.connection.languages.inlayHint.on(async (p, token) => {
      await ctx.settingsReady();
      if (!ctx.settings().inlayHints.enabled) return [];
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => inlayHints(a, p.range));
    });
    ctx.onSettingsChanged(() => {
      if (ctx.client().capabilities.workspace?.inlayHint?.refreshSupport) void ctx.connection.languages.inlayHint.refresh().catch(() => undefined);
    });
  },
};

const tasks: Feature = {
  name: 'tasks',
  register: (ctx) =>
    ctx.connection.onRequest(TASKS_REQUEST, async (p: { uri: string }, token: CancellationToken): Promise<TasksResult | ResponseError<void> | null> => {
      await ctx.settingsReady();
      const found = await ctx.analysisOrDisk(p.uri);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      if (!found) return null;
      return { uri: p.uri, title: found.analysis.model.title, version: found.version, tasks: taskRows(found.analysis) };
    }),
};

export const FEATURES: readonly Feature[] = [
  outline, folding, selection, hovers, actions, tokens, workspaceSymbols, lenses, hints, tasks, formatting, exportToWord, ...DRAFTING_FEATURES,
];
