/**
 * Numbering within a level: 1, 2, 3 under the same parent, either restarting under each parent
 * or running on across parents (（一）…（三） under 一、, then （四） under 二、) — both are accepted,
 * as plans use both. A repeated number is a duplicate; a jump or a step back is a gap.
 */
import type { BuiltPlan } from '../model/build-plan';
import type { LabelKind, Section } from '../model/types';
import { toChineseNumber } from '../model/numerals';
import type { Finding, Rule } from './rule';

const NUMBERED: ReadonlySet<LabelKind> = new Set(['chapter', 'part', 'cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled']);

interface Check {
  section: Section;
  expected: number;
  kind: 'gap' | 'duplicate';
  earlier?: Section;
}

/** The label with its number replaced, in the label's own numeral style. */
export function relabel(section: Section, n: number): string {
  if (section.kind === 'circled') return String.fromCharCode(0x2460 + n - 1);
  if (/\d/.test(section.label)) return section.label.replace(/\d+/, String(n));
  return section.label.replace(/[一二三四五六七八九十百零〇两]+/, toChineseNumber(n));
}

function numeralSpan(section: Section): { start: number; end: number } {
  const m = /\d+|[一二三四五六七八九十百零〇两]+/.exec(section.label);
  if (!m || section.kind === 'circled') return section.labelSpan;
  return { start: section.labelSpan.start + m.index, end: section.labelSpan.start + m.index + m[0].length };
}

function numeral(section: Section, n: number): string {
  if (section.kind === 'circled') return String.fromCharCode(0x2460 + n - 1);
  return /\d/.test(section.label) ? String(n) : toChineseNumber(n);
}

function analyse(plan: BuiltPlan): { checks: Check[]; siblingsAfter: Map<Section, Section[]> } {
  const checks: Check[] = [];
  const previous = new Map<Section | undefined, Map<LabelKind, Section[]>>();
  const lastGlobal = new Map<LabelKind, number>();
  const siblingsAfter = new Map<Section, Section[]>();
  for (const s of plan.sections) {
    if (!NUMBERED.has(s.kind) || s.number === null) continue;
    let byKind = previous.get(s.parent);
    if (!byKind) previous.set(s.parent, (byKind = new Map()));
    const earlier = byKind.get(s.kind) ?? [];
    const prev = earlier[earlier.length - 1];
    const n = s.number;
    if (prev === undefined) {
      const runOn = (lastGlobal.get(s.kind) ?? 0) + 1;
      if (n !== 1 && n !== runOn) {
        checks.push({ section: s, expected: runOn > 1 && n > runOn ? runOn : 1, kind: 'gap' });
      }
    } else if (prev.number !== null && n !== prev.number + 1) {
      const same = earlier.find((e) => e.number === n);
      checks.push({ section: s, expected: prev.number + 1, kind: same ? 'duplicate' : 'gap', earlier: same });
    }
    for (const e of earlier) siblingsAfter.get(e)?.push(s);
    siblingsAfter.set(s, []);
    earlier.push(s);
    byKind.set(s.kind, earlier);
    lastGlobal.set(s.kind, n);
  }
  return { checks, siblingsAfter };
}

function renumberFix(check: Check, siblingsAfter: Map<Section, Section[]>): Finding['fix'] {
  const edits = [{ span: numeralSpan(check.section), newText: numeral(check.section, check.expected) }];
  let next = check.expected + 1;
  for (const s of siblingsAfter.get(check.section) ?? []) {
    if (s.number !== next) edits.push({ span: numeralSpan(s), newText: numeral(s, next) });
    next++;
  }
  return { title: `重新编号：从“${relabel(check.section, check.expected)}”起顺延`, edits };
}

const cache = new WeakMap<BuiltPlan, ReturnType<typeof analyse>>();
function analysed(plan: BuiltPlan) {
  let a = cache.get(plan);
  if (!a) cache.set(plan, (a = analyse(plan)));
  return a;
}

export const numberingGap: Rule = {
  code: 'numbering-gap',
  defaultSeverity: 'warning',
  description: '编号不连续 / a heading number skips or steps back',
  check(plan, _options, report) {
    const { checks, siblingsAfter } = analysed(plan);
    for (const c of checks) {
      if (c.kind !== 'gap') continue;
      const s = c.section;
      report({
        message: `编号不连续：此处应为“${relabel(s, c.expected)}”。`,
        span: s.labelSpan,
        fix: renumberFix(c, siblingsAfter),
      });
    }
  },
};

export const numberingDuplicate: Rule = {
  code: 'numbering-duplicate',
  defaultSeverity: 'warning',
  description: '编号重复 / a heading number repeats an earlier sibling’s',
  check(plan, _options, report) {
    const { checks, siblingsAfter } = analysed(plan);
    for (const c of checks) {
      if (c.kind !== 'duplicate') continue;
      const s = c.section;
      const e = c.earlier!;
      report({
        message: `编号重复：“${s.label}”已在第${e.line + 1}行使用，此处应为“${relabel(s, c.expected)}”。`,
        span: s.labelSpan,
        related: [{ message: `此前的“${e.label}${e.title}”`, span: e.headingSpan }],
        fix: renumberFix(c, siblingsAfter),
      });
    }
  },
};
