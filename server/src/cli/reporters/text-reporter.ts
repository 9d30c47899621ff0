/**
 * The report for people: per file a heading, one line per problem as `path:line:col  severity
 * message  [code]` (a form terminals and editors turn into links; line and column 1-based), and a
 * summary line; then a total. With --quiet, only files with problems and their problem lines.
 */
import type { Severity } from '../../core';
import type { Colors } from '../colors';
import type { FileOutcome } from '../file-outcome';
import type { OutputSink } from '../output-sink';
import type { RunSummary } from '../run-summary';
import { sourceLabel } from '../source-label';
import type { Reporter } from './reporter';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function textReporter(out: OutputSink, c: Colors, quiet: boolean): Reporter {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  const severity = (s: Severity) => paint[s](LABEL[s].padEnd(7));
  return {
    begin: () => Promise.resolve(),
    file(o: FileOutcome) {
      if (quiet && o.error === undefined && o.problems.length === 0) return Promise.resolve();
      const lines = [c.bold(c.underline(o.path))];
      if (o.error !== undefined) {
        lines.push(`  ${o.path}  ${c.red('error'.padEnd(7))}  ${o.error}`);
      } else {
        for (const p of o.problems) {
          const at = `${o.path}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
          lines.push(`  ${at}  ${severity(p.severity)}  ${p.message}  ${c.dim(`[${p.code}]`)}`);
        }
        if (!quiet) lines.push(c.dim(`  ${fileSummary(o)}`));
        if (!quiet) for (const w of o.warnings ?? []) lines.push(`  ${c.yellow('注意')} ${w}`);
      }
      return out.write(lines.join('\n') + '\n\n');
    },
    end(summary: RunSummary) {
      if (quiet) return Promise.resolve();
      return out.write(total(summary, c) + '\n');
    },
  };
}

function fileSummary(o: FileOutcome): string {
  const s = o.stats!;
  const parts = [
    o.title ? `《${o.title}》` : '（无标题）',
    `章节 ${s.sections}`,
    `任务 ${s.tasks}`,
    `目标 ${s.targets}`,
    `问题 ${o.problems.length}`,
  ];
  // A PDF, Word file or page: the line numbers above are those of its converted text.
  if (o.source) parts.push(`${sourceLabel(o.source.format, o.source.pages, o.encoding)}，行号指转换后的文本 ${o.source.convertedText}`);
  else if (o.encoding && o.encoding !== 'utf-8' && o.encoding !== 'utf-8-bom') parts.push(`编码 ${o.encoding.toUpperCase()}`);
  if (o.invalidSequences) parts.push(`编码 UTF-8，${o.invalidSequences} 处无效字节已替换为 �`);
  return parts.join(' · ');
}

function total(s: RunSummary, c: Colors): string {
  const p = s.problems;
  const count = p.error + p.warning + p.information + p.hint;
  const kinds = [`错误 ${p.error}`, `警告 ${p.warning}`];
  if (p.information) kinds.push(`信息 ${p.information}`);
  if (p.hint) kinds.push(`提示 ${p.hint}`);
  let line = `共 ${s.files} 个文件，${count} 个问题（${kinds.join('，')}）`;
  if (s.failed.length) line += `，${c.red(`${s.failed.length} 个文件无法分析`)}`;
  if (s.unmatched.length) line += `，${c.red(`${s.unmatched.length} 个输入没有匹配的文件`)}`;
  return c.bold(line);
}
