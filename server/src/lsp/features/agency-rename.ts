/**
 * Rename an agency (F2 on 省发改委): every occurrence of it in this plan and, when the workspace's
 * other plans are given, in theirs — one WorkspaceEdit. Agencies are renamed in every
 * reorganisation of government, and a plan is rarely alone: the other plans' edits carry a change
 * annotation that asks for confirmation, so a client with a preview (VS Code's refactor preview)
 * shows them to be checked, and this plan's edits apply as they are. Names are matched whole (the
 * core's name spans, aliases applied): 市发展改革委 is never touched when 省发展改革委 is renamed.
 */
import {
  type ChangeAnnotation,
  type Position,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type AnnotatedTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core';
import { agencyAt, occurrencesOf, replacementFor, type AgencyOccurrence } from './agency-occurrences';
import type { PlanDigest } from './plan-digest';
import { toRange } from './plan-index';

export interface RenameClient {
  /** The document's version, for a versioned edit. */
  version: number;
  documentChanges: boolean;
  changeAnnotations: boolean;
}

/**
 * The name under the cursor and its range; a sentence saying why when the text there names
 * several agencies at once (省、市发展改革委); null where no agency is.
 */
export function prepareAgencyRename(analysis: PlanAnalysis, position: Position): { range: Range; placeholder: string } | string | null {
  const here = agencyAt(analysis, analysis.lineIndex.offsetAt(position));
  if (!here) return null;
  if (replacementFor(here, here.name) === null) return `“${here.written}”一处写了多个单位，请手工修改。`;
  return { range: toRange(analysis, here.span), placeholder: here.written };
}

/** Why a new name is refused (a Chinese sentence), or null when it will do. */
export function badAgencyName(newName: string): string | null {
  const n = newName.trim();
  if (n === '') return '单位名称不能为空。';
  if (/[\s、，,；;：:（）()。《》“”]/.test(n)) return '单位名称不能含空格或标点（、，；：（）等）：请只填写一个单位的名称。';
  return null;
}

export const OTHER_PLANS_ANNOTATION = 'planlens.otherPlans';

export function agencyRename(
  analysis: PlanAnalysis,
  uri: string,
  position: Position,
  newName: string,
  client: RenameClient,
  others: readonly PlanDigest[] = [],
): WorkspaceEdit | null {
  const here = agencyAt(analysis, analysis.lineIndex.offsetAt(position));
  if (!here) return null;
  const name = newName.trim();
  const edits = (list: readonly Pick<AgencyOccurrence, 'name' | 'written'>[], range: (i: number) => Range): TextEdit[] => {
    const out: TextEdit[] = [];
    list.forEach((o, i) => {
      const text = replacementFor({ ...o, span: { start: 0, end: 0 }, role: 'lead' }, name);
      if (text !== null && text !== o.written) out.push({ range: range(i), newText: text });
    });
    return out;
  };
  const mine = occurrencesOf(analysis, here.name);
  const own = edits(mine, (i) => toRange(analysis, mine[i].span));
  const elsewhere: Array<{ uri: string; edits: TextEdit[] }> = [];
  for (const d of others) {
    if (d.uri === uri) continue;
    const theirs = d.agencies.filter((o) => o.name === here.name);
    const e = edits(theirs, (i) => theirs[i].range);
    if (e.length > 0) elsewhere.push({ uri: d.uri, edits: e });
  }

  if (!client.documentChanges) {
    const changes: Record<string, TextEdit[]> = { [uri]: own };
    for (const x of elsewhere) changes[x.uri] = x.edits;
    return { changes };
  }
  const documentChanges: TextDocumentEdit[] = [{ textDocument: { uri, version: client.version }, edits: own }];
  const annotate = client.changeAnnotations && elsewhere.length > 0;
  for (const x of elsewhere) {
    const e: Array<TextEdit | AnnotatedTextEdit> = annotate ? x.edits.map((t) => ({ ...t, annotationId: OTHER_PLANS_ANNOTATION })) : x.edits;
    documentChanges.push({ textDocument: { uri: x.uri, version: null }, edits: e });
  }
  const result: WorkspaceEdit = { documentChanges };
  if (annotate) {
    const count = elsewhere.reduce((n, x) => n + x.edits.length, 0);
    const annotation: ChangeAnnotation = {
      label: `其他方案中的“${here.name}”`,
      description: `${elsewhere.length} 个方案，${count} 处`,
      needsConfirmation: true,
    };
    result.changeAnnotations = { [OTHER_PLANS_ANNOTATION]: annotation };
  }
  return result;
}
