/**
 * Every feature the language server offers, each with its capability and handler side by side.
 * The providers themselves are pure functions in their own files; a new feature adds its
 * `Feature` to this list and touches nothing else in the server.
 */
import { CodeActionKind, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Feature } from '../feature';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { documentSymbols } from './document-symbols';
import { foldingRanges } from './folding';
import { hover } from './hover';
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
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),
  register: (ctx) =>
    ctx.connection.onCodeAction((p, token) =>
      ctx.withAnalysis(p.textDocument.uri, token, (a, doc) =>
        codeActions(a, doc.uri, p.range, p.context, {
          version: doc.version,
          documentChanges: ctx.client().capabilities.workspace?.workspaceEdit?.documentChanges === true,
          clientCommands: ctx.client().options.clientCommands,
        }),
      ),
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

export const FEATURES: readonly Feature[] = [outline, folding, selection, hovers, actions, tokens, workspaceSymbols];
