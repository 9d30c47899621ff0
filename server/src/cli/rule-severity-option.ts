/**
 * `--rule <code>=<severity>`, repeatable: per-rule severities for the core. Codes are checked
 * against the core's RULES so that a typo is a usage error, not a silently ignored setting.
 */
import { RULES, type RuleSetting } from '../core';
import { UsageError } from './usage-error';

const SETTINGS: Record<string, RuleSetting> = {
  error: 'error',
  warning: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
};

/** A commander option parser: adds one `code=severity` to those given before. */
export function collectRuleSeverity(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
  if (!m) throw new UsageError(`--rule 的格式应为 <规则>=<级别> / expected --rule <code>=<severity>, got "${value}"`);
  const [, code, level] = m;
  if (!RULES.some((r) => r.code === code)) {
    throw new UsageError(`未知规则 / unknown rule "${code}"; 可用 / known: ${RULES.map((r) => r.code).join(', ')}`);
  }
  const setting = SETTINGS[level.toLowerCase()];
  if (!setting) throw new UsageError(`未知级别 / unknown severity "${level}"; 可用 / known: error, warning, information, hint, off`);
  return { ...previous, [code]: setting };
}
