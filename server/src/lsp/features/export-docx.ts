/**
 * "Export to Word", the server's half: the plan's analysis laid out as a .docx by export/, answered
 * as base64 bytes. Writing the file is the client's (it asks where, and may write where the server
 * cannot).
 */
import type { PlanAnalysis } from '../../core';
import { exportDocx } from '../../export/export-docx';
import type { ExportDocxResult } from '../protocol';

export async function exportDocxForEditor(uri: string, analysis: PlanAnalysis | null, titleFont: string): Promise<ExportDocxResult> {
  if (!analysis) return { uri, error: '无法读取方案 / cannot read the plan' };
  const result = await exportDocx(analysis, { titleFont });
  if ('error' in result) return { uri, error: result.error };
  return { uri, title: result.title, data: result.bytes.toString('base64') };
}
