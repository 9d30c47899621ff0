/**
 * The plan's period and the year it was written in.
 *
 * The period's end is the time requirement a reader assumes for a target or task that states none:
 * a “十四五” plan runs to 2025, a 2021—2023年 plan to 2023, a 2022年行动计划 to 2022, and a plan
 * whose 主要目标 name one horizon (到2025年) to that year. A plan whose goals name several horizons
 * (2025 and 2030) gives no single default. The year it was written in (the period's start, else the
 * date of issue) tells history from goals: “十三五”期间, 2020年 in a plan of 2022 are facts.
 */
import { parseChineseNumber, planPeriodEndYear } from './numerals';
import type { FurnitureLine } from './types';

export interface PlanPeriod {
  /** The year targets and tasks fall due by default, or null (none stated, or several horizons). */
  end: number | null;
  /** The first year the plan covers, or null. */
  start: number | null;
  /** Where `end` was read: the title, the horizon of the goals chapter, or nowhere. */
  source: 'title' | 'goals' | null;
  /** The year the plan speaks from: earlier years are history. */
  baseYear: number | null;
  /** The horizons named in its goals chapter (到2025年, 到2030年), in order. */
  horizons: number[];
}

const RANGE = /((?:19|20)\d{2})\s*(?:年)?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年?/;
const FIVE_YEAR = /十([一二三四五六七八九])五/;
// 2022年行动计划, 2021年推动…工作计划, 2020年度…分配实施方案 — but not 2030年前碳达峰行动方案.
const ONE_YEAR = /((?:19|20)\d{2})\s*年(?!前|底|以前|之前|左右)(?:度)?(?:[\u4e00-\u9fa5“”"、（）]{0,30})(?:计划|方案|要点|清单|安排|措施)(?:（[^）]*）)?$/;
const ISSUE_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The period named by a title: 2021—2023年, “十四五”, 2022年…行动计划. */
export function periodFromTitle(title: string | null): { start: number; end: number } | null {
  if (!title) return null;
  const range = RANGE.exec(title);
  if (range) {
    const [start, end] = [Number(range[1]), Number(range[2])];
    if (end >= start && end - start <= 30) return { start, end };
  }
  const five = FIVE_YEAR.exec(title);
  if (five) {
    const end = planPeriodEndYear(10 + (parseChineseNumber(five[1]) ?? 0));
    return { start: end - 4, end };
  }
  const one = ONE_YEAR.exec(title);
  if (one) return { start: Number(one[1]), end: Number(one[1]) };
  return null;
}

/** The date of issue, from the cover notice's or the signature's date line, or a news dateline. */
export function issueDate(furniture: FurnitureLine[]): { year: number; month: number | null; day: number | null } | null {
  for (const f of furniture) {
    if (f.kind !== 'date' && f.kind !== 'news' && f.kind !== 'metadata') continue;
    const m = ISSUE_DATE.exec(f.text) ?? /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(f.text);
    if (m) return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
  }
  return null;
}

export function issueYear(furniture: FurnitureLine[]): number | null {
  return issueDate(furniture)?.year ?? null;
}

/**
 * Combines what the title says with the horizons of the goals chapter (read afterwards: a plan
 * whose title names no period takes the one horizon of its goals).
 */
export function resolvePeriod(title: string | null, furniture: FurnitureLine[], horizons: number[]): PlanPeriod {
  const fromTitle = periodFromTitle(title);
  const issued = issueYear(furniture);
  const distinct = [...new Set(horizons)];
  let end: number | null = null;
  let source: PlanPeriod['source'] = null;
  if (fromTitle) {
    end = fromTitle.end;
    source = 'title';
  } else if (distinct.length === 1) {
    end = distinct[0];
    source = 'goals';
  }
  const baseYear = fromTitle?.start ?? issued ?? null;
  return { end, start: fromTitle?.start ?? null, source, baseYear, horizons: distinct };
}
