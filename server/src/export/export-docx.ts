/**
 * Export to Word, the entry both front ends call: plan text → its analysis → blocks → .docx bytes,
 * or the sentence that says why not (an empty file, a text that is no plan).
 */
import { analyzePlan, type AnalyzeOptions, type PlanAnalysis } from '../core';
import { planBlocks } from './plan-blocks';
import { writeDocx, type DocxOptions } from './write-docx';

export type ExportResult = { bytes: Buffer; title: string | null } | { error: string };

export async function exportDocx(analysis: PlanAnalysis, options: Pick<DocxOptions, 'titleFont'> = {}): Promise<ExportResult> {
  const laid = planBlocks(analysis);
  if ('error' in laid) return laid;
  return { bytes: await writeDocx(laid.blocks, { ...options, title: laid.title }), title: laid.title };
}

export function exportTextToDocx(text: string, options: Pick<DocxOptions, 'titleFont'> & AnalyzeOptions = {}): Promise<ExportResult> {
  return exportDocx(analyzePlan(text, options), options);
}
