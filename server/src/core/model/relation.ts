/**
 * A comparator and its qualifier as one relation, so that 不低于70%, 70%以上 and ≥70% read the
 * same to an analyst (and to a comparison across plans): a level (=, >=, <=, ~), a change by an
 * amount (down: 下降14%, up: 提高5个百分点), or a bounded change (down>=: 下降18%以上).
 */
import type { Relation } from './types';

const GE = /^(?:不低于|不少于|不小于|超过|超|高于|大于|多于|突破|≥|≧|>|达到或超过|不得低于|不应低于|不得少于|不应少于|过|迈上|跨上|跃上)$/;
const LE = /^(?:不高于|不超过|不大于|不多于|低于|小于|少于|不足|≤|≦|<|控制在|压减至|压减到|不得超过|不应超过|不宜超过|不得高于|不应高于|优于)$/;
const APPROX = /^(?:约|近|大约)$/;
const DOWN = /(?:下降|降低|减少|压减|削减|压降|节约|节省|缩减|缩短|降)$/;
const UP = /(?:增长|增加|提高|提升|上升|扩大|新增|净增|增)$/;
/** 下降到, 降至, 提高为: the level reached, not the change. */
const TO_LEVEL = /(?:到|至|为)$/;

function boundOf(qualifier: string | null): '>=' | '<=' | '~' | null {
  if (!qualifier) return null;
  if (qualifier.includes('以上')) return '>=';
  if (/以下|以内|之内/.test(qualifier)) return '<=';
  if (/左右|上下|约|近/.test(qualifier)) return '~';
  return null;
}

/** 不得超过, 不能低于…: a negated bound, whichever modal stands before it. */
const NEGATED = /^不(?:得|应|宜|能|可)?(超过|高于|大于|多于|低于|少于|小于)$/;

export function relationOf(comparator: string | null, qualifier: string | null): Relation {
  const c = (comparator ?? '').replace(/\s/g, '');
  const negated = NEGATED.exec(c);
  if (negated && !boundOf(qualifier)) return /超过|高于|大于|多于/.test(negated[1]) ? '<=' : '>=';
  const bound = boundOf(qualifier);
  const level = TO_LEVEL.test(c) && c.length > 1;
  if (!level && DOWN.test(c)) return bound ? (`down${bound}` as Relation) : 'down';
  if (!level && UP.test(c) && !/^(?:新增|净增)$/.test(c)) return bound ? (`up${bound}` as Relation) : 'up';
  if (bound) return bound;
  if (GE.test(c)) return '>=';
  if (LE.test(c) || /^控制在/.test(c)) return '<=';
  if (APPROX.test(c)) return '~';
  return '=';
}
