/**
 * The lead agency read from a task's own sentences when no clause names it — where a reader finds
 * it in plans that assign work in the prose:
 *
 *   省住房城乡建设厅牵头制定…                 → 省住房城乡建设厅 leads
 *   市发展改革委要会同有关部门…                → 市发展改革委 leads
 *   由省能源局负责…                            → 省能源局 leads
 *   市住房城乡建设部门负责…，各区…部门负责…    → the first to take charge leads, the second supports
 *   市发展改革部门落实…，市规划自然资源部门加强… → parallel actors, each leading its part
 *   在市行政主管部门的综合协调下，各区政府负责… → 各区政府 leads, the coordinator supports
 *
 * An actor is an agency name at the start of a clause (after 。；，：, or 由), directly followed by
 * what it does. A name starts with a jurisdiction (省, 市, 县, 区, 国家, 各区…, 上海市) and ends like an
 * organisation (局, 厅, 委, 办, 部门, 政府, 领导小组 …): 企业, 申报单位 and the other parties a plan
 * addresses are not its agencies.
 */

const PLACE_NAME = '[^\\s，。；：、（）“”的在对将要把按为是等及与或向从会由政府局厅委办部]{2,4}(?:省|市|自治区)';
const START = `(?:${PLACE_NAME}|国家|国务院|中央|省|市|县|区|州|各)`;
const ORG = '(?:委员会|办公室|领导小组|管委会|人民政府|政府|部门|委|局|厅|办|署|中心)';
/** Characters that cannot stand inside an agency's name: they start a verb or a relation. */
const NAME_BODY = '[^，。；：、（）“”的在对将要把按为是等及与或向从会由]';
const NAME = `${START}${NAME_BODY}{0,16}?${ORG}(?:办公室|办)?`;
/** A place alone as an actor: 各区, 各县（市、区）, 各地. */
const PLACES = '各(?:县（市、区）|区（市）县|市（州）|设区市|地市|县区|市县|地区|区|地|市|县|级)';
const MODAL = '(?:要|应当|应|将|可|需|须|统一|定期|具体|切实|进一步)';
/** 市发改委、市统计局及其他相关部门按照职能…: the list may end with the others it leaves unnamed. */
const OTHERS = '(?:(?:及其他|及|和|等)(?:有关|相关)?(?:部门|单位))?';
const ACTOR = new RegExp(`(^|[，。；：\\n]|由)((?:${NAME}|${PLACES})(?:、${NAME})*)${OTHERS}(${MODAL})?(?=[\\u4e00-\\u9fa5])(?![的和与及等])`, 'g');
/** Verbs of taking charge: their actor leads, whoever acts beside it supports. */
const IN_CHARGE = /^(?:牵头|负责|统筹|会同|指导和统筹|组织|主持)/;
const COORDINATOR = new RegExp(`在(${NAME})的?(?:统一|综合)?(?:领导|指导|协调|统筹)下`, 'g');
/** 会同发展改革、财政等部门: the partners of the lead, with the shared 部门 distributed. */
const PARTNERS = /会同([^，。；]{2,60}?)等(?:有关|相关)?(部门|单位)/;
/** Everyone, not an agency: 各地区, 各级人民政府, 有关部门, 各地区各有关部门. */
const GENERIC = /^(?:各|有关|相关|各有关|各相关)(?:部门|单位)$|^各(?:地|地区|级|级人民政府|级政府|地区各有关部门|地区各部门)$/;
const ORG_END = new RegExp(`${ORG}$`);

export interface BodyLead {
  lead: string[];
  support: string[];
}

interface Actor {
  names: string[];
  inCharge: boolean;
  /** 各区, 各区住建委: a place or its office, which implements. */
  local: boolean;
}

function partners(list: string, suffix: string): string[] {
  return list
    .split(/[、，和及]/)
    .map((x) => x.trim())
    .filter((x) => x.length >= 2 && !/^(?:有关|相关|各)/.test(x))
    .map((x) => (ORG_END.test(x) ? x : x + suffix));
}

/** The agencies a reader takes as leading the task from its sentences, or null when none acts. */
export function readBodyLead(text: string): BodyLead | null {
  const actors: Actor[] = [];
  ACTOR.lastIndex = 0;
  for (let m = ACTOR.exec(text); m !== null; m = ACTOR.exec(text)) {
    const names = m[2].split('、').filter((n) => !GENERIC.test(n));
    if (names.length === 0) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    actors.push({ names, inCharge: m[1] === '由' || IN_CHARGE.test(after), local: names.every((n) => n.startsWith('各')) });
  }
  if (actors.length === 0) return null;

  const lead: string[] = [];
  const support: string[] = [];
  const add = (list: string[], n: string) => {
    if (!lead.includes(n) && !support.includes(n)) list.push(n);
  };
  const inCharge = actors.find((a) => a.inCharge);
  if (inCharge) {
    for (const n of inCharge.names) add(lead, n);
  } else {
    // Parallel actors, each doing its part, lead together; places (各区) implement beside them.
    const central = actors.filter((a) => !a.local);
    for (const a of central.length > 0 ? central : actors) for (const n of a.names) add(lead, n);
  }
  for (const a of actors) for (const n of a.names) add(support, n);
  // 在市行政主管部门的综合协调下: the coordinator supports.
  COORDINATOR.lastIndex = 0;
  for (let m = COORDINATOR.exec(text); m !== null; m = COORDINATOR.exec(text)) add(support, m[1]);
  const p = PARTNERS.exec(text);
  if (p) for (const n of partners(p[1], p[2])) add(support, n);
  return { lead, support };
}
