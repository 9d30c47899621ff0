/**
 * `--rule <code>=<severity>`, repeatable: per-rule severities for the core. Codes are checked
 * against the core's RULES so that a typo is a usage error, not a silently ignored setting.
 */
import type { RuleSetting } from '../core';
// The rules alone, not the core's index, which would bring in the parser.
import { RULES } from '../core/rules';
import { UsageError } from './usage-error';

const SETTINGS: Record<string, RuleSetting> = {
  error: 'error',
  warning: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
};

export function parseRuleSeverities(values: readonly string[]): Record<string, RuleSetting> {
  const severities: Record<string, RuleSetting> = {};
  for (const value of values) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule 的格式应为 <规则>=<级别> / expected --rule <code>=<severity>, got "${value}"`);
    const [, code, level] = m;
    if (!RULES.some((r) => r.code === code)) {
      throw new UsageError(`未知规则 / unknown rule "${code}"; 可用 / known: ${RULES.map((r) => r.code).join(', ')}`);
    }
    const setting = SETTINGS[level.toLowerCase()];
    if (!setting) throw new UsageError(`未知级别 / unknown severity "${level}"; 可用 / known: error, warning, information, hint, off`);
    severities[code] = setting;
  }
  return severities;
}
