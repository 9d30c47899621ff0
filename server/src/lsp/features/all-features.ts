/**
 * Every feature the language server offers, each with its capability and handler side by side.
 * The providers themselves are pure functions in their own files; a new feature adds its
 * `Feature` to this list and touches nothing else in the server.
 */
import { CodeActionKind, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from '../feature';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { documentSymbols } from './document-symbols';
import { DRAFTING_FEATURES } from './drafting-features';
import { foldingRanges } from './folding';
import { exportDocxForEditor } from './export-docx';
import { formattingEdits } from './formatting';
import { EXPORT_DOCX_REQUEST, type ExportDocxParams } from '../protocol';
import { hover } from './hover';
import { MOVE_KIND, moveTaskActions } from './move-task';
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
      ctx.withAnalysis(p.textDocument.uri, token, (a) => hover(a, p.position, ctx.comparisons.forDocument(p.textDocument.uri))),
    ),
};

const actions: Feature = {
  name: 'code-actions',
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MOVE_KIND] } }),
  register: (ctx) =>
    ctx.connection.onCodeAction((p, token) =>
      ctx.withAnalysis(p.textDocument.uri, token, (a, doc) => {
        const client = { version: doc.version, documentChanges: ctx.client().capabilities.workspace?.workspaceEdit?.documentChanges === true };
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

export const FEATURES: readonly Feature[] = [outline, folding, selection, hovers, actions, tokens, workspaceSymbols, formatting, exportToWord, ...DRAFTING_FEATURES];
