/**
 * The target hover with a comparison open: the seed (Jiangxi, lower plan) against the national
 * 2030 plan (upper). A reviewer hovering 18.3% sees the nation's 20%左右 and that Jiangxi asks
 * for less; hovering the national plan shows the lower plan's value the other way round.
 */
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { analyzePlan } from '../../server/src/core';
import { hover, type HoverComparison } from '../../server/src/lsp/features/hover';
import { compare, plan, SEED } from '../compare/helpers';
import { positionOf, textAt } from './helpers';

const text = (h: ReturnType<typeof hover>) => (h!.contents as MarkupContent).value;
const NATIONAL = 'national-2030';

describe('hover with an open comparison', function () {
  // The first comparison loads nodejieba (1–2 s).
  this.timeout(20000);
  const lower = (): HoverComparison[] => [{ comparison: compare(SEED, NATIONAL), side: 'left' }];
  const upper = (): HoverComparison[] => [{ comparison: compare(SEED, NATIONAL), side: 'right' }];

  it('on the lower plan’s 18.3%: the upper plan’s 20%左右 (2025) and the verdict', () => {
    const a = plan(SEED);
    const h = hover(a, positionOf(a, '18.3%', 2), lower());
    assert.equal(textAt(a, h!.range!), '18.3%');
    const lines = text(h).split('\n');
    assert.equal(lines.at(-1), '- 上级方案《2030年前碳达峰行动方案》：**20%左右**（2025年）— 本方案弱于上级');
    // Everything the plain hover says is still there, first.
    assert.equal(lines[0], '**指标** 非化石能源消费比重');
    assert.ok(lines.includes('- 时限：到2025年（来自本句）'));
  });

  it('on the upper plan’s 20%左右: the lower plan’s 18.3% and the verdict from above', () => {
    const a = plan(NATIONAL);
    const h = hover(a, positionOf(a, '20%左右', 1), upper());
    assert.ok(text(h).endsWith('- 下级方案《江西省碳达峰实施方案》：**18.3%**（2025年）— 下级方案弱于本方案'), text(h));
  });

  it('a target the upper plan does not have, one it sets higher, and a target read as two indicators', () => {
    const a = plan(SEED);
    const only = text(hover(a, positionOf(a, '150万千瓦', 1), lower()));
    assert.ok(only.endsWith('- 上级方案《2030年前碳达峰行动方案》：无此指标'), only);
    const stronger = text(hover(a, positionOf(a, '分别下降10%', 4), lower()));
    assert.ok(stronger.includes('：**下降9.5%左右（比2020年）**（2030年）— 本方案高于上级'), stronger);
    // 单位生产总值能源消耗和…二氧化碳排放 确保完成国家下达指标: two pairs, two lines.
    const two = text(hover(a, positionOf(a, '完成国家下达指标', 3), lower()));
    assert.ok(two.includes('：**下降13.5%（比2020年）**（2025年）— 有一方未给出数值，未比较高低'), two);
    assert.ok(two.includes('：**下降18%（比2020年）**（2025年）— 有一方未给出数值，未比较高低'), two);
  });

  it('still finds the target after an edit moved every target (a re-run is pending)', () => {
    const edited = analyzePlan('（编者注）\n' + plan(SEED).text);
    const h = hover(edited, positionOf(edited, '18.3%', 2), lower());
    assert.ok(text(h).includes('：**20%左右**（2025年）— 本方案弱于上级'), text(h));
  });

  it('says nothing of comparisons when none is open, or on a plan that is not in it', () => {
    const a = plan(SEED);
    assert.ok(!text(hover(a, positionOf(a, '18.3%', 2))).includes('上级方案'));
    const other = plan('shanghai-province');
    const t = other.model.targets[0];
    const h = hover(other, other.lineIndex.positionAt(t.valueSpan.start), lower());
    assert.ok(!text(h).includes('上级方案《'), text(h));
  });
});
