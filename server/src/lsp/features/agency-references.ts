/**
 * Go to references and document highlights on an agency: every place a clause of this plan names
 * it, and (references) every place another plan of the workspace does, matched by the name the
 * core reports (aliases applied), never by substring.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core';
import { agencyAt, occurrencesOf } from './agency-occurrences';
import type { PlanDigest } from './plan-digest';
import { toRange } from './plan-index';

export function agencyHighlights(analysis: PlanAnalysis, position: Position): DocumentHighlight[] | null {
  const here = agencyAt(analysis, analysis.lineIndex.offsetAt(position));
  if (!here) return null;
  return occurrencesOf(analysis, here.name).map((o) => ({
    range: toRange(analysis, o.span),
    // A lead is where the agency is given work; support and other mentions are read.
    kind: o.role === 'lead' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/**
 * `others`: the digests of the workspace's other plans (this one's uri left out by the caller or
 * skipped here). `includeDeclaration` is the protocol's flag: false leaves out the occurrence
 * under the cursor.
 */
export function agencyReferences(
  analysis: PlanAnalysis,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
  others: readonly PlanDigest[] = [],
): Location[] | null {
  const here = agencyAt(analysis, analysis.lineIndex.offsetAt(position));
  if (!here) return null;
  const out: Location[] = [];
  for (const o of occurrencesOf(analysis, here.name)) {
    if (!includeDeclaration && o.span.start === here.span.start) continue;
    out.push({ uri, range: toRange(analysis, o.span) });
  }
  for (const d of others) {
    if (d.uri === uri) continue;
    for (const o of d.agencies) if (o.name === here.name) out.push({ uri: d.uri, range: o.range });
  }
  return out;
}
