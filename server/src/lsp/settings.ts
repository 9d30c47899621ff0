/**
 * The `planlens.*` settings as the server uses them: read leniently from whatever the client
 * sends (a user may type anything into settings.json), turned into the core's AnalyzeOptions,
 * and reduced to a key so that an analysis is cached per (uri, version, settings).
 */
import type { AnalyzeOptions, RuleSetting } from '../core';

export interface PlanLensSettings {
  /** Severity per rule code; 'off' disables the rule. */
  rules: Record<string, RuleSetting>;
  /** Which chapters hold tasks (titles, matched as in the core: exclude by prefix, include by substring). */
  workingChapters: { exclude?: string[]; include?: string[] };
  /** Short or variant agency names → the name to report (省发改委 → 省发展改革委). */
  agencyAliases: Record<string, string>;
  /** Agency names offered by completion after this plan's and the workspace's (`planlens.agencies`). */
  agencies?: string[];
  /** Format Document: 'standard' writes the GB/T 9704 label forms, 'keep' keeps the plan's own. */
  format: { labelForms: 'standard' | 'keep' };
  /** Export to Word: the title's font (方正小标宋简体, or a fallback where it is not installed). */
  export: { titleFont: string };
  /** Diagnostics published per file at most, the last of them saying how many more there are. */
  maxProblems: number;
  /** Code lens above chapters and actions (counts and leads). */
  codeLens: { enabled: boolean };
  /** Inlay hints after a task: the lead and time it takes from elsewhere. */
  inlayHints: { enabled: boolean };
}

export const DEFAULT_TITLE_FONT = '方正小标宋简体';
export const DEFAULT_MAX_PROBLEMS = 1000;

export const DEFAULT_SETTINGS: PlanLensSettings = Object.freeze({
  rules: {},
  workingChapters: {},
  agencyAliases: {},
  format: { labelForms: 'standard' },
  export: { titleFont: DEFAULT_TITLE_FONT },
  maxProblems: DEFAULT_MAX_PROBLEMS,
  codeLens: { enabled: true },
  inlayHints: { enabled: true },
}) as PlanLensSettings;

const SEVERITY_WORDS: Record<string, RuleSetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
  none: 'off',
  false: 'off',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x !== '');
}

/** Reads the `planlens` section; anything malformed falls back to the default for that key. */
export function readSettings(raw: unknown): PlanLensSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(raw.rules)) {
    for (const [code, value] of Object.entries(raw.rules)) {
      const word = value === false ? 'off' : typeof value === 'string' ? SEVERITY_WORDS[value.trim().toLowerCase()] : undefined;
      if (word) rules[code] = word;
    }
  }
  const workingChapters: PlanLensSettings['workingChapters'] = {};
  if (isRecord(raw.workingChapters)) {
    const exclude = stringList(raw.workingChapters.exclude);
    const include = stringList(raw.workingChapters.include);
    // An empty exclude list in settings.json means "use the defaults", not "every chapter works".
    if (exclude && exclude.length > 0) workingChapters.exclude = exclude;
    if (include && include.length > 0) workingChapters.include = include;
  }
  const agencyAliases: Record<string, string> = {};
  if (isRecord(raw.agencyAliases)) {
    for (const [short, full] of Object.entries(raw.agencyAliases)) {
      if (typeof full === 'string' && short.trim() !== '' && full.trim() !== '') agencyAliases[short.trim()] = full.trim();
    }
  }
  const agencies = stringList(raw.agencies);
  const labelForms = isRecord(raw.format) && raw.format.labelForms === 'keep' ? 'keep' : 'standard';
  const font = isRecord(raw.export) && typeof raw.export.titleFont === 'string' ? raw.export.titleFont.trim() : '';
  const maxProblems = validMaxProblems(raw.maxProblems) ? raw.maxProblems : DEFAULT_MAX_PROBLEMS;
  return {
    rules, workingChapters, agencyAliases, maxProblems,
    codeLens: { enabled: enabled(raw.codeLens) }, inlayHints: { enabled: enabled(raw.inlayHints) },
    format: { labelForms }, export: { titleFont: font || DEFAULT_TITLE_FONT },
    ...(agencies && agencies.length > 0 ? { agencies } : {}),
  };
}

function validMaxProblems(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

/** `{ enabled: false }` turns a feature off; anything else leaves it on. */
function enabled(section: unknown): boolean {
  return !(isRecord(section) && section.enabled === false);
}

export function analyzeOptions(s: PlanLensSettings): AnalyzeOptions {
  return {
    rules: { severities: s.rules },
    workingChapters: s.workingChapters,
    agencyAliases: s.agencyAliases,
  };
}

/** A stable key: equal settings, equal key, whatever the order the client sent them in. */
export function settingsKey(s: PlanLensSettings): string {
  const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // The view settings are in the key too: a change re-publishes (maxProblems) and refreshes the views.
  return JSON.stringify([
    sorted(s.rules), s.workingChapters.exclude ?? null, s.workingChapters.include ?? null, sorted(s.agencyAliases),
    s.maxProblems, s.codeLens.enabled, s.inlayHints.enabled,
  ]);
}

const SEVERITY_HINT = 'error、warning、information、hint 或 off';

/**
 * What is wrong in a `planlens` section, one short Chinese phrase per problem, so the user hears
 * why a setting has no effect (readSettings drops it silently). Empty when all is well.
 */
export function settingsProblems(raw: unknown, ruleCodes: readonly string[]): string[] {
  if (raw === null || raw === undefined) return [];
  if (!isRecord(raw)) return ['planlens 应为对象'];
  const problems: string[] = [];
  const known = new Set(ruleCodes);
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push('planlens.rules 应为对象，如 {"missing-deadline": "off"}');
    else {
      for (const [code, value] of Object.entries(raw.rules)) {
        if (!known.has(code)) problems.push(`planlens.rules 中没有规则“${code}”`);
        else if (!(value === false || (typeof value === 'string' && SEVERITY_WORDS[value.trim().toLowerCase()]))) {
          problems.push(`planlens.rules.${code} 应为 ${SEVERITY_HINT}`);
        }
      }
    }
  }
  if (raw.workingChapters !== undefined) {
    if (!isRecord(raw.workingChapters)) problems.push('planlens.workingChapters 应为对象，如 {"exclude": ["总体要求"]}');
    else {
      for (const key of ['exclude', 'include'] as const) {
        const list = raw.workingChapters[key];
        if (list !== undefined && !(Array.isArray(list) && list.every((x) => typeof x === 'string'))) {
          problems.push(`planlens.workingChapters.${key} 应为字符串数组`);
        }
      }
    }
  }
  if (raw.agencyAliases !== undefined) {
    if (!isRecord(raw.agencyAliases) || !Object.values(raw.agencyAliases).every((v) => typeof v === 'string')) {
      problems.push('planlens.agencyAliases 应为 {"简称": "全称"} 形式的对象');
    }
  }
  if (raw.agencies !== undefined && !(Array.isArray(raw.agencies) && raw.agencies.every((x) => typeof x === 'string'))) {
    problems.push('planlens.agencies 应为字符串数组，如 ["省发展改革委"]');
  }
  if (raw.maxProblems !== undefined && !validMaxProblems(raw.maxProblems)) problems.push('planlens.maxProblems 应为正整数');
  for (const key of ['codeLens', 'inlayHints'] as const) {
    const section = raw[key];
    if (section !== undefined && !(isRecord(section) && (section.enabled === undefined || typeof section.enabled === 'boolean'))) {
      problems.push(`planlens.${key}.enabled 应为 true 或 false`);
    }
  }
  return problems;
}

/** The message shown for `problems`: what was done, and what to do. */
export function settingsWarning(problems: readonly string[]): string {
  return `PlanLens 设置有误，已忽略并按默认处理：${problems.join('；')}。请在设置中修改。`;
}
