/**
 * What the workspace index keeps of a plan it is not showing: its symbols, its title (for
 * 《…》 links), its agency occurrences with their ranges (for references and rename across
 * plans) and how many tasks each agency leads (for completion). Plain data, so that a closed
 * file's analysis can be dropped once it is read.
 */
import type { Range, WorkspaceSymbol } from 'vscode-languageserver';
import type { AgencyRole, PlanAnalysis } from '../../core';
import { agencyOccurrences } from './agency-occurrences';
import { planIndex, toRange } from './plan-index';
import { planSymbols } from './workspace-symbols';

export interface DigestOccurrence {
  name: string;
  written: string;
  range: Range;
  role: AgencyRole;
}

export interface PlanDigest {
  uri: string;
  /** The plan's title, or the file's name. */
  title: string;
  symbols: WorkspaceSymbol[];
  agencies: DigestOccurrence[];
  /** Agency → the number of tasks it leads. */
  leads: Map<string, number>;
}

export function planDigest(analysis: PlanAnalysis, uri: string, fileName = ''): PlanDigest {
  const leads = new Map<string, number>();
  for (const a of planIndex(analysis).agencies.values()) leads.set(a.name, a.lead.length);
  return {
    uri,
    title: analysis.model.title ?? fileName,
    symbols: planSymbols(analysis, uri, fileName),
    agencies: agencyOccurrences(analysis).map((o) => ({ name: o.name, written: o.written, range: toRange(analysis, o.span), role: o.role })),
    leads,
  };
}
