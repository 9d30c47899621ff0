/**
 * A report of an index, as a page or a workbook: read once (report-data.ts), rendered by format.
 * Shared by `planlens report` and the editor's "Show Report" (which shows the body in a webview).
 */
import { openForRead } from '../open-database';
import { readReportData, type ReportData } from './report-data';
import { renderReportPage } from './render-html';
import { renderReportXlsx } from './render-xlsx';

export type ReportFormat = 'html' | 'xlsx';

export function reportData(database: string, shownAs = database): ReportData {
  const db = openForRead(database);
  try {
    return readReportData(db, shownAs);
  } finally {
    db.close();
  }
}

export async function buildReport(database: string, format: ReportFormat, shownAs = database): Promise<string | Buffer> {
  const data = reportData(database, shownAs);
  return format === 'xlsx' ? renderReportXlsx(data) : renderReportPage(data);
}
