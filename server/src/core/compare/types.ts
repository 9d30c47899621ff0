/**
 * The result of holding one plan against another.
 *
 * Direction: `left` is the LOWER plan (a city's or a province's: the one being checked), `right`
 * the UPPER plan (the province's or the nation's: the one it implements). "Weaker" always means
 * the lower plan asks for less than the upper one, for the same indicator and year.
 *
 * Plain data (no back-links), so that it serialises as is and a webview can receive it.
 */
import type { Target } from '../model/types';

export interface PlanSide {
  /** A file path or name, as the caller gave it. */
  name: string;
  title: string | null;
  /** How many action-level sections the plan has (what the structure comparison is over). */
  actions: number;
  tasks: number;
  targets: number;
}

/** One section paired with its counterpart, or left unmatched (the other side null). */
export interface SectionPair {
  /** Section ids ("3.2"), null when this side has no counterpart. */
  left: string | null;
  right: string | null;
  leftTitle: string | null;
  rightTitle: string | null;
  /** Similarity 0–1 of a matched pair; 0 for an unmatched item. */
  score: number;
  /** 0-based lines of the headings: where an editor jumps. */
  leftLine: number | null;
  rightLine: number | null;
  /** Words the two sections share that weigh most in the score (for the reader's trust). */
  sharedTerms: string[];
}

export interface ActionPair extends SectionPair {
  /** Task-level pairs inside a matched pair of actions (children or paragraph tasks). */
  tasks: SectionPair[];
}

export type TargetFinding =
  /** Both plans, same year, like units: the lower plan asks for less. */
  | 'weaker'
  | 'stronger'
  | 'equal'
  /** Same indicator and year, but units that cannot be converted into each other. */
  | 'unit-mismatch'
  /** Same indicator and year, but a decline measured from different base years. */
  | 'baseline-differs'
  /** Same indicator and year, one side without a number (达到国家下达目标). */
  | 'unquantified'
  /** A total (万千瓦, 亿吨) of a smaller area against a larger one: shown, not ranked. */
  | 'scale-differs'
  /** The indicator is in both plans, but this year only on one side. */
  | 'missing-year'
  /** The indicator is in one plan only. */
  | 'left-only'
  | 'right-only';

/** A target as the comparison shows it: the model's target, without spans, plus where it is. */
export type TargetView = Pick<
  Target,
  'indicator' | 'text' | 'value' | 'valueTo' | 'unit' | 'comparator' | 'qualifier' | 'year' | 'baselineYear' | 'strength' | 'sectionId'
> & {
  /** 0-based line of the target. */
  line: number;
  /** Index into the plan model's targets. */
  index: number;
};

export interface TargetPair {
  /** The indicator's display name (the upper plan's wording when both have it). */
  indicator: string;
  /** The normalised key the two were matched on. */
  key: string;
  left: TargetView | null;
  right: TargetView | null;
  finding: TargetFinding;
  /** One short sentence in Chinese saying why. */
  note: string;
  /** How the indicators were matched: same key, or similar wording (score below 1). */
  match: 'same' | 'similar' | 'none';
}

export interface AgencyRow {
  /** The agency without its level (发展改革委 for 省发展改革委 and 国家发展改革委). */
  key: string;
  leftNames: string[];
  rightNames: string[];
  /** Tasks the agency leads in each plan. */
  leftTasks: number;
  rightTasks: number;
}

export interface AgencySummary {
  rows: AgencyRow[];
  /** Keys leading work in one plan and not in the other. */
  leftOnly: string[];
  rightOnly: string[];
  /** Whether each plan names lead agencies at all (national plans often do not). */
  leftHasAgencies: boolean;
  rightHasAgencies: boolean;
}

export interface DeadlineRow {
  year: number;
  leftTargets: number;
  rightTargets: number;
  leftTasks: number;
  rightTasks: number;
  /** Task ids with a deadline in that year, each side. */
  leftTaskIds: string[];
  rightTaskIds: string[];
}

export interface ComparisonMethod {
  /** 'jieba' with the policy dictionary, or the character-bigram fallback. */
  segmentation: 'jieba' | 'bigram';
  /** Why the fallback was used (nodejieba could not load here …). */
  note: string | null;
  /** Minimal similarity for a pair of sections to count as matched. */
  actionThreshold: number;
  taskThreshold: number;
  /** Whether totals (万千瓦, 亿吨) were ranked: only when both plans cover the same area. */
  sameScope: boolean;
}

export interface ComparisonSummary {
  matchedActions: number;
  unmatchedLeftActions: number;
  unmatchedRightActions: number;
  matchedTasks: number;
  targetPairs: number;
  weaker: number;
  /** Indicators of the upper plan the lower one does not have. */
  rightOnlyIndicators: number;
  /** One number for ranking plans against one: 0–1, how much of the two plans corresponds. */
  similarity: number;
}

export interface PlanComparison {
  left: PlanSide;
  right: PlanSide;
  method: ComparisonMethod;
  /** Action-level pairs in the left plan's order, then the right plan's unmatched actions. */
  sections: ActionPair[];
  /** Tasks left unmatched inside matched actions, paired across the whole plans instead. */
  movedTasks: SectionPair[];
  targets: TargetPair[];
  agencies: AgencySummary;
  deadlines: DeadlineRow[];
  summary: ComparisonSummary;
}
