/**
 * Which government a plan belongs to — its level (national, province, city, county) and region
 * (江西省, 成都市, 崇明区) — when it can be read from the issuer (the cover notice's title, the
 * signature) or from the plan's title. Null when neither says: a ministry's 关于…的意见 without its
 * cover notice names nobody, and a guess would put it on the wrong row of a report.
 */
import type { FurnitureLine } from '../core';

export type Level = 'national' | 'province' | 'city' | 'county';

export interface Jurisdiction {
  level: Level | null;
  region: string | null;
  /** The issuer as the notice or signature names it (江西省人民政府, 教育部). */
  issuer: string | null;
  docNumber: string | null;
}

/** Province-level divisions: short name → full name. */
const PROVINCES: Record<string, string> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
  河北: '河北省', 山西: '山西省', 辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省', 江苏: '江苏省',
  浙江: '浙江省', 安徽: '安徽省', 福建: '福建省', 江西: '江西省', 山东: '山东省', 河南: '河南省',
  湖北: '湖北省', 湖南: '湖南省', 广东: '广东省', 海南: '海南省', 四川: '四川省', 贵州: '贵州省',
  云南: '云南省', 陕西: '陕西省', 甘肃: '甘肃省', 青海: '青海省', 台湾: '台湾省',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区', 澳门: '澳门特别行政区',
};
const PROVINCE = new RegExp(`^(${Object.keys(PROVINCES).join('|')})(省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?`);
/** A city, prefecture or league: two or three characters and 市/州/盟 (not 市场, not 城市). */
const CITY = /^([\u4e00-\u9fa5]{2,3}?)(市(?!场|级|域|县|区)|自治州|州|盟|地区)/;
const COUNTY = /^([\u4e00-\u9fa5]{1,4}?)(区|县|旗)(?![域级])/;
/** Characters of the words a title starts with that no place name holds. */
const NOT_A_PLACE = /[关于推进加快建立促绿色低碳全本各省深入做好实施方案意见规划发展工作组织申报下达印发科学碳]/;
/** Central organs, as an issuer or the head of a title. */
const CENTRAL = /^(中共中央|国务院|全国|国家|中央|中国气象局|国管局|中直管理局|[\u4e00-\u9fa5]{2,8}(部|委员会|总局))/;
/** Document numbers of central organs: 国发, 国办函, 发改能源, 工信部联, 环办, 财资环 … */
const CENTRAL_NUMBER = /^[（(]?(国发|国办|国函|发改|工信部|环办|环综合|环气候|财|教|科技部|住建|建科|农|商|银保监|证监|自然资|交规|水|国市监|市场监管|国能)/;

export function jurisdiction(title: string | null, furniture: readonly FurnitureLine[]): Jurisdiction {
  const issuerLines = furniture.filter((f) => f.kind === 'notice-title' || f.kind === 'signature').map((f) => clean(f.text));
  const issuer = issuerOf(furniture);
  const docNumber = furniture.find((f) => f.kind === 'doc-number')?.text.replace(/^[（(]|[）)]$/g, '').trim() ?? null;
  for (const text of [...issuerLines, clean(title ?? '')]) {
    const place = placeOf(text);
    if (place) return { ...place, issuer, docNumber };
  }
  const central = [issuer ?? '', clean(title ?? '')].some((t) => CENTRAL.test(t)) || (docNumber !== null && CENTRAL_NUMBER.test(docNumber));
  return { level: central ? 'national' : null, region: null, issuer, docNumber };
}

function placeOf(text: string): { level: Level; region: string } | null {
  const p = PROVINCE.exec(text);
  if (p) {
    const province = PROVINCES[p[1]];
    const rest = text.slice(p[0].length);
    const city = CITY.exec(rest);
    if (city && !NOT_A_PLACE.test(city[1])) return { level: 'city', region: province + city[0] };
    if (p[2] === '市') {
      const county = COUNTY.exec(rest);
      if (county && !NOT_A_PLACE.test(county[1])) return { level: 'county', region: province + county[0] };
    }
    return { level: 'province', region: province };
  }
  const city = CITY.exec(text);
  if (city && !NOT_A_PLACE.test(city[1])) {
    const rest = text.slice(city[0].length);
    const county = COUNTY.exec(rest);
    if (county && !NOT_A_PLACE.test(county[1])) return { level: 'county', region: city[0] + county[0] };
    return { level: 'city', region: city[0] };
  }
  return null;
}

/** The signature, else the notice title's part before 关于/印发. */
function issuerOf(furniture: readonly FurnitureLine[]): string | null {
  const signature = furniture.find((f) => f.kind === 'signature' && /[府委厅局部院办会]$/.test(clean(f.text)));
  if (signature) return clean(signature.text);
  const notice = furniture.find((f) => f.kind === 'notice-title');
  const m = notice ? /^(.{2,40}?)(?:关于|印发)/.exec(clean(notice.text)) : null;
  return m ? m[1] : null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, '');
}
