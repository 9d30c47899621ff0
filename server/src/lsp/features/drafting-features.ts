/**
 * The drafter's features as the server registers them (agencies as symbols — references,
 * highlights, rename —, completion, links and definitions inside a plan): each a `Feature` over a
 * pure provider in its own file. Kept here, beside each other, so that all-features.ts only lists
 * them. Workspace-wide answers take the workspace index's digests of the other plans.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { Feature, FeatureContext } from '../feature';
import { agencyHighlights, agencyReferences } from './agency-references';
import { agencyRename, badAgencyName, prepareAgencyRename } from './agency-rename';
import { COMPLETION_TRIGGERS, completions, resolveCompletion } from './completion';
import type { PlanDigest } from './plan-digest';
import { documentReferenceAt, planDefinition, planLinks } from './plan-links';

/** The workspace's plans (this one included: providers skip their own uri). */
async function workspacePlans(ctx: FeatureContext, token: CancellationToken): Promise<PlanDigest[]> {
  await ctx.settingsReady();
  return ctx.workspace.digests(ctx.store, ctx.settings(), ctx.settingsKey(), token);
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

const warmed = new WeakSet<FeatureContext>();

/**
 * Reads the workspace's plans in the background the first time the cursor rests on a plan (VS Code
 * asks for highlights as it moves), so that the first Shift+F12 or F2 does not wait for them.
 */
function warmWorkspace(ctx: FeatureContext): void {
  if (warmed.has(ctx)) return;
  warmed.add(ctx);
  void ctx
    .settingsReady()
    .then(() => ctx.workspace.digests(ctx.store, ctx.settings(), ctx.settingsKey()))
    .catch(() => warmed.delete(ctx));
}

export const agencyReferencesFeature: Feature = {
  name: 'agency-references',
  capabilities: () => ({ referencesProvider: true, documentHighlightProvider: true }),
  register: (ctx) => {
    ctx.connection.onReferences(async (p, token) => {
      const others = await workspacePlans(ctx, token);
      if (token.isCancellationRequested) return cancelled();
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => agencyReferences(a, p.textDocument.uri, p.position, p.context.includeDeclaration, others));
    });
    ctx.connection.onDocumentHighlight((p, token) => {
      warmWorkspace(ctx);
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => agencyHighlights(a, p.position));
    });
  },
};

export const agencyRenameFeature: Feature = {
  name: 'agency-rename',
  capabilities: (client) => ({ renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true }),
  register: (ctx) => {
    ctx.connection.onPrepareRename((p, token) => {
      const prepared = ctx.withAnalysis(p.textDocument.uri, token, (a) => prepareAgencyRename(a, p.position));
      return typeof prepared === 'string' ? new ResponseError(ErrorCodes.InvalidRequest, prepared) : prepared;
    });
    ctx.connection.onRenameRequest(async (p, token) => {
      const bad = badAgencyName(p.newName);
      if (bad) return new ResponseError(ErrorCodes.InvalidParams, bad);
      const others = await workspacePlans(ctx, token);
      if (token.isCancellationRequested) return cancelled();
      const caps = ctx.client().capabilities.workspace?.workspaceEdit;
      const edit = ctx.withAnalysis(p.textDocument.uri, token, (a, doc) =>
        agencyRename(a, doc.uri, p.position, p.newName, {
          version: doc.version,
          documentChanges: caps?.documentChanges === true,
          changeAnnotations: caps?.changeAnnotationSupport !== undefined,
        }, others),
      );
      return edit ?? new ResponseError(ErrorCodes.InvalidRequest, '光标处不是单位名称：请把光标放在责任单位中的单位名称上。');
    });
  },
};

/** Whether the client takes Markdown documentation in completion items (documentationFormat, preferred first). */
function completionMarkdown(ctx: FeatureContext): boolean {
  const formats = ctx.client().capabilities.textDocument?.completion?.completionItem?.documentationFormat;
  return formats !== undefined && formats[0] === 'markdown';
}

export const completionFeature: Feature = {
  name: 'completion',
  capabilities: () => ({ completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true } }),
  register: (ctx) => {
    ctx.connection.onCompletion(async (p, token) => {
      const others = await workspacePlans(ctx, token);
      if (token.isCancellationRequested) return cancelled();
      const editRangeDefault = ctx.client().capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') === true;
      return ctx.withAnalysis(p.textDocument.uri, token, (a) =>
        completions(a, p.textDocument.uri, p.position, { others, configured: ctx.settings().agencies, editRangeDefault }),
      );
    });
    ctx.connection.onCompletionResolve((item) => resolveCompletion(item, completionMarkdown(ctx)));
  },
};

export const planLinksFeature: Feature = {
  name: 'plan-links',
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false }, definitionProvider: true }),
  register: (ctx) => {
    ctx.connection.onDocumentLinks(async (p, token) => {
      const others = await workspacePlans(ctx, token);
      if (token.isCancellationRequested) return cancelled();
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => planLinks(a, p.textDocument.uri, others));
    });
    ctx.connection.onDefinition(async (p, token) => {
      // Only a 《…》 under the cursor needs the workspace's plans.
      if (ctx.withAnalysis(p.textDocument.uri, token, (a) => documentReferenceAt(a, p.position)) !== true) {
        return ctx.withAnalysis(p.textDocument.uri, token, (a) => planDefinition(a, p.textDocument.uri, p.position));
      }
      const others = await workspacePlans(ctx, token);
      if (token.isCancellationRequested) return cancelled();
      return ctx.withAnalysis(p.textDocument.uri, token, (a) => planDefinition(a, p.textDocument.uri, p.position, others));
    });
  },
};

export const DRAFTING_FEATURES: readonly Feature[] = [agencyReferencesFeature, agencyRenameFeature, completionFeature, planLinksFeature];
