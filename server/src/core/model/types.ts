/**
 * The plan model: what the analysis core knows about a plan.
 *
 * Everything here is plain data with offsets into the document text (UTF-16 units, end
 * exclusive), so that it can be cached, compared and serialised; conversion to LSP ranges is
 * done once, at the edge (see serialize.ts), with the document's LineIndex.
 */

export interface Span {
  start: number;
  end: number;
}

/** The numbering families, outermost first. */
export type LabelKind =
  | 'chapter' // 第一章
  | 'part' // 第一节
  | 'cn' // 一、
  | 'paren-cn' // （一）
  | 'arabic' // 1. 1． 1、
  | 'paren-arabic' // （1）
  | 'half-paren-arabic' // 1）
  | 'circled' // ①
  | 'box' // 专栏1
  | 'annex'; // 附件2 (a part of its own, outside the chapters)

export interface Section {
  /** Dotted path of numbers: "3.2.5" for 三、→（二）→5.; boxes "3.1.box2", annexes "A2". */
  id: string;
  /** Depth in the outline, 1 for a chapter. */
  level: number;
  kind: LabelKind;
  /** The label as written, e.g. "（二）". */
  label: string;
  /** Its number (二 → 2), null for an unnumbered box or annex. */
  number: number | null;
  /** The heading: the text after the label up to the first full stop (or the whole line). */
  title: string;
  /** Whether body text follows the heading on the same line. */
  inlineBody: boolean;
  /** The whole section: heading line to the end of its last body line. */
  span: Span;
  labelSpan: Span;
  /** Label and title: what an editor selects when jumping to the section. */
  headingSpan: Span;
  /** The line (0-based) of the heading. */
  line: number;
  children: Section[];
  /** Back-link, read-only and kept out of JSON. */
  readonly parent?: Section;
  /** True for chapters counted as "working" (tasks are looked for there). */
  working: boolean;
}

export type AgencyRole = 'lead' | 'support';

export interface AgencyName {
  name: string;
  role: AgencyRole;
  span: Span;
}

export interface AgencyProblem {
  code: 'duty-verb-missing' | 'empty-role' | 'no-agency' | 'unclosed';
  message: string;
  span: Span;
  /** Text to insert at `span.end` that fixes it, when the fix is mechanical. */
  insert?: string;
}

export interface AgencyClause {
  /** Lead agencies: those named by 牵头, or else the first listed (or by the clause's convention). */
  lead: string[];
  support: string[];
  /** Agencies the clause names as implementing (各市人民政府负责落实), neither lead nor support. */
  implementers: string[];
  names: AgencyName[];
  /** The clause's text, brackets excluded. */
  text: string;
  /** The clause including its brackets. */
  span: Span;
  /** Deadline given inside the clause (完成期限：…). */
  deadlineText: string | null;
  /** The convention the clause states or inherits: 逗号前为牵头单位, 列首位的为牵头单位. */
  convention: 'first-listed' | 'before-comma' | 'first-per-group' | 'role' | null;
  problems: AgencyProblem[];
}

export interface Deadline {
  text: string;
  year: number | null;
  span: Span;
}

/**
 * Where a reader finds a task's time requirement: its own text, its row of a task-division table,
 * a lead-in of its section, the plan's period, a recurrence (每年, 定期) or an ongoing nature
 * (常态化, 持续推进), or nowhere.
 */
export type DeadlineSource = 'own' | 'section' | 'plan-period' | 'recurring' | 'ongoing' | 'table' | 'none';

export interface EffectiveDeadline {
  source: DeadlineSource;
  /** The year it falls due, when one is stated or implied. */
  year: number | null;
  /** The words that state it (到2025年, “十四五”期间, 每年), or null. */
  text: string | null;
  /** Where those words stand, when they stand in the text. */
  span: Span | null;
}

/** Where a task's lead agency was read: its clause, the actor of its own sentence, a rule of the plan, a table row, a convention. */
export type LeadSource = 'clause' | 'body' | 'plan-rule' | 'table' | 'convention' | 'none';

export interface Task {
  /** The section id ("3.2.5"), or section id + ".p" + n for a paragraph task. */
  id: string;
  title: string;
  span: Span;
  /** The span a symbol or diagnostic points at: label and title, or the paragraph's first sentence. */
  headingSpan: Span;
  /** The line (0-based) of the heading. */
  line: number;
  sectionId: string;
  /** The section the task is (numbered task), or the one it stands in (paragraph task). */
  kind: 'numbered' | 'paragraph';
  deadlines: Deadline[];
  clauses: AgencyClause[];
  /** Merged over the clauses; null when the task has none. */
  agencies: { lead: string[]; support: string[]; text: string } | null;
  /** Implementers inherited from a "以下均需…落实，不再列出" clause earlier in the plan. */
  inheritedImplementers: string[];
  /** The time requirement a reader would say the task has, and where it comes from. */
  effectiveDeadline: EffectiveDeadline;
  /** Where `agencies.lead` was read ('none' when the task names no lead). */
  leadSource: LeadSource;
  /**
   * Concrete work (build, issue, pilot, renovate, eliminate, reach a number), which needs a time, or
   * a standing norm or institutional measure (加强组织领导, 完善…机制), which has none by nature.
   */
  work: 'concrete' | 'standing';
  /** Indices into PlanModel.targets. */
  targetIndices: number[];
}

export type Strength = '力争' | '确保' | '约束性' | '预期性';

/**
 * The surface form a target was read from (the forms 0–8): a comparator before the number
 * (达到18.3%), a count between a verb and its noun (建成5个示范区), a quantity after its noun
 * (新建管网1200公里), a share before its noun (70%以上乡镇建成…), another verb frame (实现…覆盖率90%,
 * 100%执行…), an end state without a number (基本消除黑臭水体), a row of an indicator table.
 */
export type TargetForm = 'comparator' | 'count' | 'quantity' | 'share' | 'frame' | 'state' | 'table';

/** Where a target's year was read: its clause or sentence, an earlier sentence, its section's lead-in, the plan's period. */
export type YearSource = 'sentence' | 'paragraph' | 'section' | 'plan-period' | 'table';

/**
 * The comparator as a relation: a level (=, ≥, ≤, ≈), a change by an amount (down, up), or a bounded
 * change (down>=: 下降18%以上).
 */
export type Relation = '=' | '>=' | '<=' | '~' | 'down' | 'up' | 'down>=' | 'down<=' | 'down~' | 'up>=' | 'up<=' | 'up~';

export interface Target {
  /** The sentence fragment the target was read from. */
  text: string;
  indicator: string;
  /** Null for a target stated without a number (达到国家确定的目标值). */
  value: number | null;
  /** Upper end of a range (15%—25%). */
  valueTo: number | null;
  unit: string | null;
  /** 达到, 不低于, 下降, …, plus a trailing qualifier (以上, 左右, …) as `qualifier`. */
  comparator: string | null;
  qualifier: string | null;
  year: number | null;
  deadlineText: string | null;
  baselineYear: number | null;
  strength: Strength | null;
  /** The task that contains the target, if any. */
  taskId: string | null;
  sectionId: string | null;
  span: Span;
  /** The number (and unit) alone: what a hover is anchored to. */
  valueSpan: Span;
  /** Where the target came from: a sentence, or a row of an indicator table. */
  source: 'text' | 'table';
  /** The form it was read from. */
  form: TargetForm;
  /** The comparator and qualifier as one relation; null for an end state. */
  relation: Relation | null;
  /** Where `year` came from; null when there is no year. */
  yearSource: YearSource | null;
  /** For a target without a number: the end state (全部使用, 基本消除, 零填埋, 完成国家下达的目标任务). */
  endState: string | null;
}

/**
 * What PlanLens took a quantity in the text for: a target of the plan, or why not. Every number of
 * the text (and every end state) is one candidate, so a reader can see why a number is not a target.
 */
export type QuantityVerdict =
  | 'target'
  | 'threshold' // describes a class of things: 年综合能耗1万吨标准煤以上的企业
  | 'description' // part of a noun phrase: 具有5G功能的…, 500千伏输变电项目
  | 'funding' // 给予30%补助，最高500万元
  | 'history' // “十三五”期间下降18%, 截至2020年底已建成…
  | 'standard' // 执行75%节能标准, 按不低于20%的比例
  | 'parameter' // a norm or technical parameter: 宜控制在0.6至0.8, 不应超过2公顷
  | 'citation' // 国发〔2021〕23号, a number in a book title
  | 'ordinal' // 第3批, 第五条
  | 'duration' // 用3年时间
  | 'quoted' // inside quotation marks: a name or another text
  | 'background' // in a chapter of guidance or background, not of goals
  | 'purpose' // 为实现碳达峰目标…
  | 'conditional' // 支持有条件的地区率先达峰
  | 'no-indicator'; // nothing names what it measures

export interface Quantity {
  /** The number with its unit and qualifier as written (or the end-state words). */
  text: string;
  span: Span;
  verdict: QuantityVerdict;
  /** Why, in a short Chinese sentence (shown in the hover). */
  reason: string;
  /** Index into PlanModel.targets when the verdict is `target`. */
  targetIndex: number | null;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo {
  message: string;
  span: Span;
}

export interface PlanDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: RelatedInfo[];
  /** What a quick fix needs (the edit it would make), rule by rule. */
  fix?: { title: string; edits: Array<{ span: Span; newText: string }> };
}

export type FurnitureKind =
  | 'metadata' // 发布部门：… (law database)
  | 'notice-title' // 关于印发…的通知
  | 'doc-number' // 国发〔2021〕23号
  | 'addressee' // 各省、自治区、…：
  | 'notice-body' // 现将《…》印发给你们
  | 'signature'
  | 'date'
  | 'publication-note' // （此件公开发布）
  | 'annex-marker' // 附件：…
  | 'news' // a news preamble before the plan
  | 'title-repeat' // the plan's title repeated (by a news item or a law database)
  | 'wire-tag'; // （新华社北京…电）

export interface FurnitureLine {
  kind: FurnitureKind;
  line: number;
  span: Span;
  text: string;
}

/** A highlighted piece of text, for semantic colouring. */
export interface Highlight {
  start: number;
  length: number;
  kind: 'label' | 'deadline' | 'number' | 'comparator' | 'agency' | 'baseline' | 'strength' | 'role';
}

/** 见附件2 (annex), 详见专栏3 (box), 《XX实施方案》 (document). */
export interface CrossReference {
  kind: 'annex' | 'box' | 'document';
  /** The annex's or box's number. */
  number: number | null;
  /** A cited document's title, brackets excluded. */
  title: string | null;
  /** 附件2, 专栏3, or 《…》 with its brackets. */
  span: Span;
  /** The annex or box it names, or null when the plan has no such part (always null for a document). */
  sectionId: string | null;
}

export interface PlanModel {
  /** The plan's own title (not the cover notice's), or null. */
  title: string | null;
  titleSpan: Span | null;
  /** Where the plan's body starts (after cover notice, title and preamble lines). */
  furniture: FurnitureLine[];
  outline: Section[];
  tasks: Task[];
  targets: Target[];
  /** Every quantity of the text with PlanLens's verdict, in document order. */
  quantities: Quantity[];
  /**
   * `division` for a task-division document (分工方案, 任务清单, tasks that each carry 完成时限): every
   * task needs a time of its own there; `normal` otherwise.
   */
  mode: 'normal' | 'division';
  /** The date of issue, when the cover notice, signature or dateline gives one. */
  issued: { year: number; month: number | null; day: number | null } | null;
  /** The plan's period: the default year of its targets and tasks. */
  period: { end: number | null; start: number | null; source: 'title' | 'goals' | null; baseYear: number | null; horizons: number[] };
  /** Every agency clause, in document order. */
  clauses: AgencyClause[];
  /** 见附件2, 详见专栏3, 《…》: where the plan points at a part of itself or at another document. */
  references: CrossReference[];
  highlights: Highlight[];
  lineCount: number;
  /** Lines the parser could not fit (always empty unless there is a bug). */
  parseErrors: string[];
}
