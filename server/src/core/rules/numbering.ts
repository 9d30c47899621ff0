/**
 * Numbering within a level: 1, 2, 3 under the same parent, either restarting under each parent
 * or running on across parents (（一）…（三） under 一、, then （四） under 二、) — both are accepted,
 * as plans use both. A repeated number is a duplicate; a jump or a step back is a gap. The heading
 * out of sequence is the one blamed, as a reader blames it: in （一）（十一）（二） it is （十一）, not
 * （二） as well.
 */
import type { BuiltPlan } from '../model/build-plan';
import type { LabelKind, Section } from '../model/types';
import { toChineseNumber } from '../model/numerals';
import type { Finding, Rule } from './rule';

/** The label kinds that carry a number in sequence (formatting renumbers these too). */
export const NUMBERED: ReadonlySet<LabelKind> = new Set(['chapter', 'part', 'cn', 'paren-cn', 'arabic', 'paren-arabic', 'half-paren-arabic', 'circled']);

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

/** Where the label's numeral stands (the whole label for ①). */
export function numeralSpan(section: Section): { start: number; end: number } {
  const m = /\d+|[一二三四五六七八九十百零〇两]+/.exec(section.label);
  if (!m || section.kind === 'circled') return section.labelSpan;
  return { start: section.labelSpan.start + m.index, end: section.labelSpan.start + m.index + m[0].length };
}

/** The numeral n in the label's own style (二, 2, ②). */
export function numeral(section: Section, n: number): string {
  if (section.kind === 'circled') return String.fromCharCode(0x2460 + n - 1);
  return /\d/.test(section.label) ? String(n) : toChineseNumber(n);
}

interface Analysis {
  checks: Check[];
  /** Each numbered section's siblings of the same kind, and its index among them. */
  siblings: Map<Section, { list: Section[]; index: number }>;
}

function analyse(plan: BuiltPlan): Analysis {
  const checks: Check[] = [];
  const groups = new Map<Section | undefined, Map<LabelKind, Section[]>>();
  /** Per sibling list, the first section that carries each number (a map: lists can be long). */
  const firstWithNumber = new Map<Section[], Map<number, Section>>();
  const lastGlobal = new Map<LabelKind, number>();
  const siblings = new Map<Section, { list: Section[]; index: number }>();
  const resumeAt = new Map<Section[], number>();
  for (const s of plan.sections) {
    if (!NUMBERED.has(s.kind) || s.number === null) continue;
    let byKind = groups.get(s.parent);
    if (!byKind) groups.set(s.parent, (byKind = new Map()));
    let earlier = byKind.get(s.kind);
    if (!earlier) byKind.set(s.kind, (earlier = []));
    const prev = earlier[earlier.length - 1];
    const n = s.number;
    // After a heading flagged out of sequence, the sequence may resume where it stood before it.
    const resume = resumeAt.get(earlier);
    resumeAt.delete(earlier);
    if (prev === undefined) {
      const runOn = (lastGlobal.get(s.kind) ?? 0) + 1;
      if (n !== 1 && n !== runOn) {
        checks.push({ section: s, expected: runOn > 1 && n > runOn ? runOn : 1, kind: 'gap' });
      }
    } else if (resume !== undefined && (n === resume || n === resume + 1)) {
      // （一）（十一）（二）: the stray one was flagged; its neighbour is in sequence. （一）（二）（二）（四）:
      // the repeated one took the place of （三）.
    } else if (prev.number !== null && n !== prev.number + 1) {
      const same = firstWithNumber.get(earlier)?.get(n);
      checks.push({ section: s, expected: prev.number + 1, kind: same ? 'duplicate' : 'gap', earlier: same });
      resumeAt.set(earlier, prev.number + 1);
    }
    siblings.set(s, { list: earlier, index: earlier.length });
    earlier.push(s);
    let numbers = firstWithNumber.get(earlier);
    if (!numbers) firstWithNumber.set(earlier, (numbers = new Map()));
    if (!numbers.has(n)) numbers.set(n, s);
    lastGlobal.set(s.kind, n);
  }
  return { checks, siblings };
}

function renumberFix(check: Check, analysis: Analysis): Finding['fix'] {
  const edits = [{ span: numeralSpan(check.section), newText: numeral(check.section, check.expected) }];
  let next = check.expected + 1;
  const place = analysis.siblings.get(check.section);
  for (const s of place ? place.list.slice(place.index + 1) : []) {
    if (s.number !== next) edits.push({ span: numeralSpan(s), newText: numeral(s, next) });
    next++;
  }
  return { title: `重新编号：从“${relabel(check.section, check.expected)}”起顺延`, edits };
}

const cache = new WeakMap<BuiltPlan, Analysis>();
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
    const a = analysed(plan);
    for (const c of a.checks) {
      if (c.kind !== 'gap') continue;
      const s = c.section;
      report({
        message: `编号不连续：此处应为“${relabel(s, c.expected)}”。`,
        span: s.labelSpan,
        // Renumbering touches every later sibling: computed only when asked for.
        get fix() {
          return renumberFix(c, a);
        },
      });
    }
  },
};

export const numberingDuplicate: Rule = {
  code: 'numbering-duplicate',
  defaultSeverity: 'warning',
  description: '编号重复 / a heading number repeats an earlier sibling’s',
  check(plan, _options, report) {
    const a = analysed(plan);
    for (const c of a.checks) {
      if (c.kind !== 'duplicate') continue;
      const s = c.section;
      const e = c.earlier!;
      report({
        message: `编号重复：“${s.label}”已在第${e.line + 1}行使用，此处应为“${relabel(s, c.expected)}”。`,
        span: s.labelSpan,
        related: [{ message: `此前的“${e.label}${e.title}”`, span: e.headingSpan }],
        get fix() {
          return renumberFix(c, a);
        },
      });
    }
  },
};
