import type { Rule } from './rule';

/** An unclosed （ or 《, a stray ）, or a pair that does not match (（…〕). */
export const unbalancedBracket: Rule = {
  code: 'unbalanced-bracket',
  defaultSeverity: 'error',
  description: '括号不配对 / a bracket is unclosed, stray or mismatched',
  check(plan, _options, report) {
    for (const issue of plan.bracketIssues) {
      if (issue.kind === 'unclosed') {
        const lineEnd = plan.lineIndex.lineEnd(issue.line);
        const opener = plan.normalized.slice(issue.open!.start, issue.open!.end);
        report({
          message: `括号未闭合：请补上“${issue.expected}”。`,
          span: issue.open!,
          fix: { title: `在行末补上“${issue.expected}”`, edits: [{ span: { start: lineEnd, end: lineEnd }, newText: closerLike(opener, issue.expected, plan.lineIndex.text, issue.open!.start) }] },
        });
      } else if (issue.kind === 'stray') {
        report({
          message: `多余的“${plan.normalized.slice(issue.close!.start, issue.close!.end)}”：请删除，或补上对应的“${issue.expected}”。`,
          span: issue.close!,
          fix: { title: '删除多余的括号', edits: [{ span: issue.close!, newText: '' }] },
        });
      } else {
        report({
          message: `括号不配对：“${plan.normalized.slice(issue.open!.start, issue.open!.end)}”应以“${issue.expected}”闭合。`,
          span: issue.close!,
          related: [{ message: '左括号', span: issue.open! }],
          fix: { title: `改为“${issue.expected}”`, edits: [{ span: issue.close!, newText: issue.expected }] },
        });
      }
    }
  },
};

/** The closer in the width the author used: ( closes with ), （ with ）. */
function closerLike(normalizedOpener: string, expected: string, original: string, at: number): string {
  const raw = original.charAt(at);
  if (raw === '(') return ')';
  if (raw === '[') return ']';
  return normalizedOpener === '《' ? '》' : expected;
}
