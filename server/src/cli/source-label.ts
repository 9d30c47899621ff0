/** How the command line names what a file was read as: "Word", "PDF 12 页", "网页 GB18030". */
import type { SourceFormat } from '../input';

const NAMES: Record<SourceFormat, string> = { text: '文本', pdf: 'PDF', docx: 'Word', html: '网页' };

export function sourceLabel(format: SourceFormat, pages?: number, encoding?: string): string {
  const parts = [NAMES[format]];
  if (pages !== undefined) parts.push(`${pages} 页`);
  if (encoding && format === 'html' && !encoding.startsWith('utf-8')) parts.push(encoding.toUpperCase());
  return parts.join(' ');
}
