/**
 * `planlens compare <plan A> <plan B>`: plan A (the lower plan: a city's or a province's) held
 * against plan B (the upper plan it implements): structure, targets, agencies, deadlines.
 * `planlens compare <plan> --against <folder>`: many plans ranked against one.
 *
 * The core, the comparison and the segmenter (nodejieba: 1–2 s to load its dictionary) are
 * imported only when the command runs.
 */
import * as path from 'node:path';
import { Command, Option } from 'commander';
import { displayPath } from '../../batch/display-path';
import { EXIT_OK, EXIT_USAGE } from '../exit-code';
import { UsageError } from '../usage-error';

type CompareFormat = 'text' | 'json' | 'markdown' | 'html';

interface CompareFlags {
  against?: string[];
  format: CompareFormat;
  output?: string;
  sameScope?: boolean;
  planIsUpper?: boolean;
  segmenter: boolean;
}

export function register(program: Command): void {
  program
    .command('compare')
    .description('对照两个方案：结构、指标、牵头单位、时间节点 / compare a plan with the plan above it')
    .argument('<plan>', '本方案（下级，如市级或省级方案）/ the lower plan (a city or provincial plan)')
    .argument('[upper]', '上级方案（如省级或国家方案）/ the upper plan (provincial or national)')
    .option('--against <inputs...>', '与文件夹（或文件、通配符）中的每个方案对照并排序 / rank every plan in these folders, files or globs against <plan>')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['text', 'json', 'markdown', 'html']).default('text'))
    .option('-o, --output <file>', '写入文件而不是标准输出 / write the report to a file instead of stdout')
    .option('--same-scope', '两方案地域范围相同（如国家行业方案对国家方案），总量指标也比较高低 / both plans cover the same area: rank totals too')
    .option('--plan-is-upper', '与 --against 一起：<plan> 是上级方案 / with --against: <plan> is the upper plan')
    .option('--no-segmenter', '不使用分词（字符二元组）/ compare by character bigrams, without nodejieba')
    .addHelpText(
      'after',
      '\n方向 / direction: 左 = 本方案（下级），右 = 上级方案；“弱于上级”指同一指标同一年份本方案要求更低。\n' +
        '示例 / examples:\n  planlens compare 江西省碳达峰实施方案.txt 2030年前碳达峰行动方案.txt --format html -o 对照.html\n  planlens compare 某市方案.txt --against 省级方案/',
    )
    .action(async (plan: string, upper: string | undefined, flags: CompareFlags) => {
      process.exitCode = await runCompare(plan, upper, flags);
    });
}

async function runCompare(plan: string, upper: string | undefined, flags: CompareFlags): Promise<number> {
  if (upper === undefined && !flags.against) throw new UsageError('请给出上级方案，或用 --against 指定要对照的文件夹 / give the upper plan, or --against <folder>');
  if (upper !== undefined && flags.against) throw new UsageError('上级方案与 --against 只能二选一 / give either the upper plan or --against, not both');
  if (flags.planIsUpper && !flags.against) throw new UsageError('--plan-is-upper 只能与 --against 一起使用 / --plan-is-upper needs --against');

  // Everything heavy is loaded here, when the command runs: `planlens --help` stays quick.
  const [{ analyzePlan }, compare, { readPlanSource }, { findPlanFiles }, { openOutput }] = await Promise.all([
    import('../../core'),
    import('../../core/compare'),
    import('../../input'),
    import('../../batch/find-plan-files'),
    import('../output-sink'),
  ]);
  // Text, PDF, Word or a web page: the input layer reads each as plan text.
  const load = async (file: string) => {
    const read = await readPlanSource(file);
    if ('error' in read) return { error: `${displayPath(file)}：${read.error}` };
    return { name: displayPath(file), analysis: analyzePlan(read.text) };
  };
  const segmenter = flags.segmenter ? undefined : null;
  const options = { segmenter, sameScope: Boolean(flags.sameScope) };

  const main = await load(plan);
  if ('error' in main) throw new UsageError(main.error!);
  const out = openOutput(flags.output);

  if (upper !== undefined) {
    const other = await load(upper);
    if ('error' in other) throw new UsageError(other.error!);
    const c = compare.comparePlans(main.analysis, other.analysis, { ...options, leftName: main.name, rightName: other.name });
    const render = { text: compare.renderText, json: compare.renderJson, markdown: compare.renderMarkdown, html: (x: typeof c) => compare.renderComparisonPage(x) }[flags.format];
    await out.write(render(c));
    await out.close();
    return EXIT_OK;
  }

  const { files, unmatched } = await findPlanFiles(flags.against!);
  for (const u of unmatched) process.stderr.write(`planlens: 未找到方案文件 / no plan files: ${u}\n`);
  const self = path.resolve(plan);
  const candidates = [];
  let failed = false;
  for (const f of files) {
    if (path.resolve(f.file) === self) continue;
    const loaded = await load(f.file);
    if ('error' in loaded) {
      process.stderr.write(`planlens: ${loaded.error}\n`);
      failed = true;
      continue;
    }
    candidates.push({ name: f.shownAs, analysis: loaded.analysis });
  }
  if (candidates.length === 0) throw new UsageError('--against 中没有可对照的方案 / nothing to compare against');
  const ranking = compare.rankPlans(main, candidates, { ...options, planIsUpper: Boolean(flags.planIsUpper) });
  const render = { text: compare.renderRankingText, json: compare.renderRankingJson, markdown: compare.renderRankingMarkdown, html: compare.renderRankingHtml }[flags.format];
  await out.write(render(ranking));
  await out.close();
  // A file that could not be read means the ranking is incomplete: not a clean run.
  return failed ? EXIT_USAGE : EXIT_OK;
}
