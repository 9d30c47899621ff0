/**
 * Agency clauses: （…等按职责分工负责）, （责任单位：…）, （牵头单位：…；配合单位：…）, and their
 * variants in any bracket, anywhere in a paragraph.
 *
 * The parser hands over a bracket's items with the separators of the list (、，；：。) as tokens
 * and the words that structure it (Role 责任单位, RoleVerb 牵头, Duty 按职责分工, DutyVerb 负责,
 * DeadlineRole 完成期限, NoLongerListed 不再列出) recognised; nested brackets stay inside names
 * (各区（市）县政府（管委会）). This module reads the list: who leads, who supports, who implements,
 * what convention says so, and what is missing.
 */
import type { GroupNode, Item, TokNode } from '../grammar/syntax';
import type { AgencyClause, AgencyName, AgencyProblem, Span } from './types';

/** Conventions stated by one clause that hold for the clauses after it (…，下同). */
export interface ClauseContext {
  convention: AgencyClause['convention'];
  /** From "以下均需…落实，不再列出": who implements every later task. */
  inheritedImplementers: string[];
  /** A clause that said 下同 of its agencies: later tasks without a clause of their own take them. */
  carried?: AgencyClause | null;
}

const CLAUSE_WORDS = new Set(['Role', 'Duty', 'DeadlineRole', 'NoLongerListed']);

/** Whether a bracket is an agency clause rather than a note such as （含网约车） or （以下简称…）. */
export function isAgencyClause(group: GroupNode): boolean {
  if (group.kind !== 'bracket') return false;
  const items = group.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'tok') continue;
    if (CLAUSE_WORDS.has(it.name)) return true;
    if (it.name === 'RoleVerb' && it.image === '牵头') return true;
    // …负责) / …负责落实，… : a responsibility stated at the end of a list.
    if (it.name === 'DutyVerb' && i > 0) {
      const next = items[i + 1];
      if (next === undefined || (next.kind === 'tok' && /^(?:Comma|Semi|Period)$/.test(next.name))) return true;
    }
  }
  return false;
}

type RoleKind = 'list' | 'lead' | 'resp' | 'support';

/** A role alone in brackets after a name: （牵头）, （牵头单位）, （配合）. */
const ROLE_MARK = /^(?:牵头|主办|主责|配合|协办|参与)(?:单位|部门)?$/;

function roleOf(word: string): RoleKind {
  if (/^(?:牵头|主办|主责)/.test(word)) return 'lead';
  if (/^(?:配合|参与|协办|协同|协助|支持|联系)/.test(word)) return 'support';
  return 'resp';
}

/** How the name of an organisation ends; a list item without such an ending is a bare place. */
const ORG_SUFFIX = /(?:局|厅|委|办|部|门|政府|公司|集团|中心|院|会|室|处|组|行|所|队|站|社|团|联|署|馆|校|台|企业|单位|机构|机关|中央|小组|办公室|[A-Za-z])$/;
const CONVENTION = /(逗号前|列首位|排首位|首位|第一个|排名第一|排在第一位|列第一位)的?(?:单位)?(?:为|是)?$/;
const FROM_HERE_ON = /^以下(?:各项任务)?(?:均|都|皆)?(?:需|由|要)?(.+?)(?:负责)?(?:落实|实施)$/;

interface Entry {
  name: string;
  span: Span;
  role: RoleKind;
  /** Index of the ；-separated group the name stands in. */
  group: number;
  /** Whether a ， (not 、) precedes the name within its list. */
  afterComma: boolean;
}

const LEADING_NOISE = '由请和及与';
const TRAILING_NOISE = ['等有关单位', '等有关部门', '等单位', '等部门', '等'];
const TRAILING_ADVERBS = ['分别', '共同'];

/** How many characters of noise a raw name has at its start and at its end (spaces excluded). */
function noise(raw: string): { lead: number; trail: number } {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 32) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 32) end--;
  if (start < end && LEADING_NOISE.includes(raw[start])) start++;
  for (const a of TRAILING_ADVERBS) {
    if (end - start >= a.length && raw.startsWith(a, end - a.length)) {
      end -= a.length;
      break;
    }
  }
  for (const t of TRAILING_NOISE) {
    if (end - start >= t.length && raw.startsWith(t, end - t.length)) {
      end -= t.length;
      break;
    }
  }
  return { lead: start, trail: raw.length - end };
}

/** The name without noise and white space (written by hand: this runs for every name). */
function cleanName(raw: string): string {
  const { lead, trail } = noise(raw);
  const name = raw.slice(lead, raw.length - trail);
  return /\s/.test(name) ? name.replace(/\s+/g, '') : name;
}

/** The jurisdiction a full name starts with: 重庆市能源局 → 重庆市, 四川省能源局 → 四川省. */
function jurisdictionOf(name: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,8}?(?:省|市|自治区|县|区))(?=[\u4e00-\u9fa5]{2,})/.exec(name);
  return m ? m[1] : null;
}

/**
 * Reads one clause's items left to right. A class with short methods rather than one function
 * with closures: the function form made V8's optimising compiler spend ~300 ms per compile on it,
 * three times per process — the main cost of starting a worker.
 */
class ClauseReader {
  readonly entries: Entry[] = [];
  readonly problems: AgencyProblem[] = [];
  readonly implementers: string[] = [];
  convention: AgencyClause['convention'] = null;
  sticky = false;
  deadlineText: string | null = null;
  private role: RoleKind = 'list';
  private roleSpan: Span | null = null;
  private roleNamed = 0;
  private groupIndex = 0;
  private afterComma = false;
  private inDeadline = false;
  private buf = '';
  private bufStart = -1;
  private bufEnd = -1;
  /** Index in `entries` where the current comma-segment (names joined by 、) begins. */
  private segmentStart = 0;

  constructor(
    private readonly text: string,
    private readonly context: ClauseContext,
  ) {}

  read(items: Item[]): void {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.kind === 'bracket' && this.onRoleMark(it)) {
        continue;
      } else if (it.kind !== 'tok') {
        // A nested bracket, book title or number belongs to the name being read.
        this.append(this.text.slice(it.start, it.end), it.start, it.end);
      } else if (this.inDeadline && it.name !== 'Semi' && it.name !== 'Period') {
        // 完成期限：… runs to the end of its group.
        this.append(it.image, it.start, it.end);
      } else {
        this.token(it, items[i - 1], items[i + 1]);
      }
    }
    this.flush();
    this.closeRole();
  }

  private token(it: TokNode, prev: Item | undefined, next: Item | undefined): void {
    switch (it.name) {
      case 'Enum':
        this.flush();
        this.afterComma = false;
        break;
      case 'Comma':
        this.flush();
        this.afterComma = true;
        this.segmentStart = this.entries.length;
        this.inDeadline = false;
        break;
      case 'Semi':
      case 'Period':
        this.flush();
        this.closeRole();
        this.groupIndex++;
        this.afterComma = false;
        this.segmentStart = this.entries.length;
        this.inDeadline = false;
        break;
      case 'Colon':
        if (this.bufStart >= 0) this.append(it.image, it.start, it.end);
        break;
      case 'Role':
        this.onRole(it);
        break;
      case 'RoleVerb':
        this.onRoleVerb(it);
        break;
      case 'Duty':
        this.onDuty(it, next);
        break;
      case 'DutyVerb':
        this.onDutyVerb(prev);
        break;
      case 'DeadlineRole':
        this.flush();
        this.inDeadline = true;
        break;
      case 'NoLongerListed':
        this.onNoLongerListed();
        break;
      default:
        this.append(it.image, it.start, it.end);
    }
  }

  private append(s: string, start: number, end: number): void {
    if (this.bufStart < 0) this.bufStart = start;
    this.buf += s;
    this.bufEnd = end;
  }

  /** Ends the name being read. */
  private flush(): void {
    if (this.bufStart < 0) return;
    const raw = this.buf;
    const start = this.bufStart;
    const end = this.bufEnd;
    this.buf = '';
    this.bufStart = -1;
    if (this.inDeadline) {
      this.deadlineText = (this.deadlineText ?? '') + raw;
      return;
    }
    const name = cleanName(raw);
    if (name === '') return;
    if (name === '下同' || name === '以下同' || name === '后同') {
      this.sticky = true;
      return;
    }
    if (CONVENTION.test(name)) {
      this.convention = name.includes('逗号前') ? 'before-comma' : 'first-per-group';
      return;
    }
    // The span covers the name itself, not the 由 before it or the 等 after it.
    const n = noise(raw);
    this.entries.push({ name, span: { start: start + n.lead, end: end - n.trail }, role: this.role, group: this.groupIndex, afterComma: this.afterComma });
    this.roleNamed++;
  }

  private closeRole(): void {
    if (this.roleSpan !== null && this.roleNamed === 0) {
      this.problems.push({ code: 'empty-role', message: '“责任单位”为空：请填写单位名称。', span: this.roleSpan });
    }
    this.roleSpan = null;
  }

  private onRole(it: TokNode): void {
    // 逗号前为牵头单位 / 两省市列首位的为牵头单位 state a convention, not a role.
    if (this.bufStart >= 0 && CONVENTION.test(this.buf.replace(/\s+/g, ''))) {
      this.convention = this.buf.includes('逗号前') ? 'before-comma' : 'first-per-group';
      this.buf = '';
      this.bufStart = -1;
      return;
    }
    this.flush();
    this.closeRole();
    this.role = roleOf(it.image);
    this.roleSpan = { start: it.start, end: it.end };
    this.roleNamed = 0;
    this.afterComma = false;
    this.segmentStart = this.entries.length;
    this.inDeadline = false;
  }

  /**
   * 市发展改革委（牵头）、市财政局: a bracket holding only a role marks the name before it.
   * Returns false for any other bracket (各区（市）县政府: part of the name).
   */
  private onRoleMark(group: GroupNode): boolean {
    if (this.bufStart < 0 || group.close === null) return false;
    const inner = this.text.slice(group.open.end, group.close.start).replace(/\s+/g, '');
    if (!ROLE_MARK.test(inner)) return false;
    this.flush();
    const last = this.entries[this.entries.length - 1];
    if (last) last.role = roleOf(inner);
    return true;
  }

  /**
   * 省发展改革委牵头，省能源局、省生态环境厅配合: the names just read take the role — also after a role
   * word (责任部门：监测处、省监测中心牵头，财审处配合), which named them responsible only.
   */
  private onRoleVerb(it: TokNode): void {
    this.flush();
    const r = roleOf(it.image);
    for (let k = this.segmentStart; k < this.entries.length; k++) {
      const e = this.entries[k];
      if (e.role === 'list' || e.role === 'resp') e.role = r;
    }
  }

  private onDuty(it: TokNode, next: Item | undefined): void {
    this.flush();
    const verbFollows = next !== undefined && next.kind === 'tok' && next.name === 'DutyVerb';
    if (!verbFollows) {
      this.problems.push({
        code: 'duty-verb-missing',
        message: '责任分工表述不完整：应为“按职责分工负责”。',
        span: { start: it.start, end: it.end },
        insert: '负责',
      });
    }
    if (this.entries.length === 0) {
      this.problems.push({ code: 'no-agency', message: '未列出责任单位：请在“按职责分工负责”前列明单位。', span: { start: it.start, end: it.end } });
    }
  }

  /** …，各市人民政府负责落实: after the list proper, the names just read implement. */
  private onDutyVerb(prev: Item | undefined): void {
    const afterDuty = prev !== undefined && prev.kind === 'tok' && prev.name === 'Duty';
    this.flush();
    if (!afterDuty && this.segmentStart > 0) {
      for (const e of this.entries.splice(this.segmentStart)) this.implementers.push(e.name);
    }
  }

  /** "以下均需地方各级人民政府落实，不再列出": the name before is the rule, not an agency. */
  private onNoLongerListed(): void {
    this.flush();
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const m = FROM_HERE_ON.exec(this.entries[k].name);
      if (m) {
        this.context.inheritedImplementers = m[1].split(/[、，]/).map(cleanName).filter((x) => x !== '');
        this.entries.splice(k, 1);
        return;
      }
    }
  }
}

/** 有关市、县〔区〕人民政府 is one agency: a bare place joins the name that follows it. */
function joinBarePlaces(entries: Entry[]): void {
  for (let k = entries.length - 2; k >= 0; k--) {
    const e = entries[k];
    const next = entries[k + 1];
    const last = e.name.charCodeAt(e.name.length - 1);
    const core = last === 0xff09 || last === 0x3015 || last === 0xff3d || last === 0x3009 ? e.name.replace(/[（〔［〈][^（〔［〈]*[）〕］〉]$/, '') : e.name;
    // 各区、市发展改革委: a place standing for its government is an agency of its own beside a department.
    const ownGovernment = /^(?:各|有关|相关)/.test(e.name) && !/(?:政府|管委会|党委)(?:（[^）]*）)?$/.test(next.name);
    if (!ORG_SUFFIX.test(core) && !ownGovernment && next.group === e.group && next.role === e.role && !next.afterComma) {
      next.name = `${e.name}、${next.name}`;
      next.span = { start: e.span.start, end: next.span.end };
      entries.splice(k, 1);
    }
  }
}

/**
 * A level shared by a list: 省经信厅、发改委、财政厅 → 省经信厅, 省发改委, 省财政厅. Only short names of
 * departments take it (not 国网…公司, 人行…支行, 团省委, 各市人民政府).
 */
function inheritLevel(entries: Entry[]): void {
  let level: string | null = null;
  let group = -1;
  for (const e of entries) {
    if (e.group !== group) {
      group = e.group;
      const m = /^(省|市|县|区|州)(?![、（〔])/.exec(e.name);
      level = m && jurisdictionOf(e.name) === null ? m[1] : null;
      continue;
    }
    if (level !== null && !e.name.startsWith(level) && SHORT_DEPARTMENT.test(e.name) && !/[省市县区州]/.test(e.name)) e.name = level + e.name;
  }
}

const SHORT_DEPARTMENT = /^(?!各|有关|相关|国|中|全|人行|团)[\u4e00-\u9fa5]{2,10}(?:厅|局|委|委员会|办|办公室)$/;

/**
 * 市、县（区）教育局: places sharing one department → 市教育局, 县（区）教育局 (the list reads as one
 * name once bare places are joined).
 */
function distributeDepartment(entries: Entry[]): void {
  for (let k = entries.length - 1; k >= 0; k--) {
    if (!entries[k].name.includes('、')) continue;
    const m = /^((?:[省市县区州](?:[（〔][^）〕]*[）〕])?、)+)([省市县区州](?:[（〔][^）〕]*[）〕])?)([\u4e00-\u9fa5]{2,12}(?:厅|局|委|办|部门))$/.exec(entries[k].name);
    if (!m) continue;
    const places = m[1].split('、').filter((x) => x !== '');
    const dept = m[3];
    const copies = [...places, m[2]].map((p) => ({ ...entries[k], name: p + dept }));
    entries.splice(k, 1, ...copies);
  }
}

/** Short names in a list spanning two jurisdictions inherit the jurisdiction of their group. */
function inheritJurisdictions(entries: Entry[]): void {
  const byGroup = new Map<number, string>();
  for (const e of entries) {
    if (!byGroup.has(e.group)) {
      const j = jurisdictionOf(e.name);
      if (j) byGroup.set(e.group, j);
    }
  }
  if (new Set(byGroup.values()).size < 2) return;
  for (const e of entries) {
    const j = byGroup.get(e.group);
    if (!j || e.name.startsWith(j)) continue;
    const level = j.slice(-1);
    if (e.name.startsWith(level)) e.name = j + e.name.slice(level.length);
    else if (jurisdictionOf(e.name) === null) e.name = j + e.name;
  }
}

/** Who leads: those named by 牵头, else by the clause's convention, else the first listed. */
function chooseLeads(entries: Entry[], convention: AgencyClause['convention']): { leads: Set<Entry>; used: AgencyClause['convention'] } {
  const leads = new Set<Entry>();
  const named = entries.filter((e) => e.role !== 'support');
  if (entries.some((e) => e.role === 'lead')) {
    for (const e of entries) if (e.role === 'lead') leads.add(e);
    return { leads, used: 'role' };
  }
  if (convention === 'before-comma' && named.length > 0) {
    for (const e of named) {
      if (e.afterComma) break;
      leads.add(e);
    }
    return { leads, used: 'before-comma' };
  }
  if (convention === 'first-per-group' && named.length > 0) {
    const seen = new Set<number>();
    for (const e of named) {
      if (!seen.has(e.group)) {
        seen.add(e.group);
        leads.add(e);
      }
    }
    return { leads, used: 'first-per-group' };
  }
  // 各市人民政府、省经信厅…: governments listed with departments implement; the first department leads.
  const first = named.find((e) => !isLocalGovernment(e.name)) ?? named[0];
  if (first) leads.add(first);
  return { leads, used: named.length > 0 ? 'first-listed' : null };
}

/** A local government or a place standing for it: 各市人民政府, 有关县（区）政府, 各区, 金堂县政府. */
export function isLocalGovernment(name: string): boolean {
  if (/(?:人民政府|政府|管委会|党委和政府|党委、政府|办事处)(?:（[^）]*）)?$/.test(name)) return !/(?:办公厅|办公室)/.test(name);
  return /^(?:各|有关|相关)(?:市|区|县|地|州|盟|乡|镇|街道|设区市|县区|市县|级)[（）〔〕、市区县州]*$/.test(name);
}

function uniq(xs: string[]): string[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}

export function readAgencyClause(group: GroupNode, text: string, context: ClauseContext): AgencyClause {
  const reader = new ClauseReader(text, context);
  reader.read(group.items);
  const entries = reader.entries;
  joinBarePlaces(entries);
  distributeDepartment(entries);
  inheritJurisdictions(entries);
  inheritLevel(entries);

  let convention = reader.convention;
  if (convention === null && context.convention !== null) convention = context.convention;
  else if (convention !== null && reader.sticky) context.convention = convention;
  const { leads, used } = chooseLeads(entries, convention);

  const names: AgencyName[] = entries.map((e) => ({ name: e.name, role: leads.has(e) ? 'lead' : 'support', span: e.span }));
  const inner = text.slice(group.open.end, group.close ? group.close.start : group.end).trim();
  const deadlineText = reader.deadlineText === null ? null : reader.deadlineText.replace(/^：/, '').trim() || null;
  const clause: AgencyClause = {
    lead: uniq(names.filter((n) => n.role === 'lead').map((n) => n.name)),
    support: uniq(names.filter((n) => n.role === 'support').map((n) => n.name)),
    implementers: uniq(reader.implementers),
    names,
    text: inner,
    span: { start: group.start, end: group.end },
    deadlineText,
    convention: used,
    problems: reader.problems,
  };
  // （…负责，下同）: the agencies hold for the tasks after it that name none.
  if (reader.sticky && names.length > 0 && reader.convention === null) context.carried = clause;
  else if (names.length > 0) context.carried = null;
  return clause;
}

/**
 * A bracket holding only agency names at the end of a sentence — （市发展改革委、市商务委）。 —
 * assigns the task as a clause does, without 负责. Notes (（含…）, （以下简称…）) and names that are not
 * agencies' are left alone.
 */
export function isBareAgencyList(group: GroupNode, text: string): boolean {
  if (group.kind !== 'bracket' || group.close === null) return false;
  if (!/^(?:[。；;]|\s*$)/.test(text.slice(group.end, group.end + 2)) && text.charCodeAt(group.end) !== 10 && text.charCodeAt(group.end) !== 13) return false;
  const inner = text.slice(group.open.end, group.close.start).trim();
  if (inner.length < 3 || inner.length > 200 || /^(?:含|包括|以下简称|简称|如|即|主要|其中|不含|除)/.test(inner)) return false;
  return inner.split(/[、，,]/).every((n) => BARE_NAME.test(n.trim()));
}

const BARE_NAME = /^(?:[省市县区州]|国家|各|[\u4e00-\u9fa5]{2,4}(?:省|市))[\u4e00-\u9fa5（）〔〕]{0,24}?(?:委员会|办公室|领导小组|管委会|人民政府|政府|部门|委|局|厅|办|署|中心|公司)等?$/;
