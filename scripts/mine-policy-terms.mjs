#!/usr/bin/env node
// Mines policy terms from the plans in test/fixtures/corpus/ (and seeds/) and writes the jieba
// user dictionary server/dict/policy.dict.utf8 (`word freq tag` per line). Run it again after
// adding plans to the corpus and commit its output:
//
//   node scripts/mine-policy-terms.mjs            writes the dictionary
//   node scripts/mine-policy-terms.mjs --dry-run  prints what it would add, with the evidence
//
// A term is a sequence of two or three words, as jieba cuts them with the curated list below,
// that (1) recurs across plans, (2) is free on both sides — many different words precede and
// follow it (branching entropy), so it is not the middle of a longer phrase — and (3) holds
// together: it is a large share of the occurrences of its rarest piece (碳/汇, 海上/风电), which
// a verb and its object (推进/低碳) are not. The curated list is always kept: those are the
// words the comparison must see whole.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server', 'dict', 'policy.dict.utf8');
const dryRun = process.argv.includes('--dry-run');

// Always in the dictionary (the words of the issue, plus neighbours an analyst expects whole).
const CURATED = `
碳达峰 碳中和 双碳 低碳 零碳 负碳 近零碳 脱碳 降碳 减碳 固碳 碳汇 增汇 碳排放
二氧化碳 二氧化碳排放 温室气体 甲烷 非二氧化碳 非化石能源 化石能源 可再生能源 新能源 清洁能源 能耗双控 能耗强度 能源消费总量
单位国内生产总值 单位地区生产总值 单位生产总值 单位GDP 单位工业增加值 绿色低碳 节能降碳 减污降碳 协同增效 煤电 煤耗 光伏 光热 风电
海上风电 分布式光伏 整县推进 储能 新型储能 抽水蓄能 氢能 绿氢 核电 水电 生物质能 地热能 碳捕集利用与封存 碳捕集 超低能耗 近零能耗
装配式建筑 绿色建筑 公共机构 循环经济 固废 大宗固废 工业固废 再生资源 新能源汽车 充换电 绿色金融 转型金融 碳排放权 碳排放权交易
用能权 用能权交易 碳市场 碳普惠 碳足迹 碳标签 碳核算 碳交易 生态产品 生态产品价值实现 碳达峰试点 梯次有序 两高 高耗能 高排放
新型电力系统 特高压 智能电网 源网荷储 多能互补 电气化 电能替代 煤改电 煤改气 清洁取暖 节能改造 能效 能效标杆 能效领跑者
绿色制造 绿色工厂 绿色园区 绿色供应链 绿色设计 清洁生产 超低排放 产能置换 数据中心 新型基础设施 多式联运 公转铁 公转水
绿色出行 绿色交通 铁水联运 生活垃圾 垃圾分类 资源化 减量化 无害化 秸秆 畜禽粪污 化肥 农药 森林覆盖率 森林蓄积量 湿地 草原
国土绿化 生态系统 生态文明 全民行动 领导干部 统计核算 环境权益 绿色债券 绿色信贷 碳减排支持工具
`;

// Words that make a phrase, not a term, when they open or close it.
const EDGE_WORDS = new Set(`的 和 与 及 或 等 在 是 为 对 将 到 了 把 并 向 从 由 于 以 其 之 而 也 中 上 下 内 外 前 后 各 个 每 有 无
不 要 应 可 已 均 该 此 这 那 全 新 高 大 省 市 区 县 国 用 建 化 业 行 动 能 产 农 效 力 量 重点 一批 工作 情况 相关 有关 方面
年 年前 以下 请 达到 实现 下降 提升 关于 印发 长 就 打`.split(/\s+/));
const VERBS = /^(推进|推动|加强|加快|开展|完善|建立|健全|建立健全|建设|提升|提高|支持|实施|强化|促进|发展|优化|构建|使用|深化|积极|大力|鼓励|引导|落实|组织|制定|探索|培育|打造|形成|严格|全面|持续|深入|稳步|有序|逐步|着力|坚持|加大|做好|开发|利用|保障|提供|研究|编制|创建|实现|达到|控制|降低|减少|增加|扩大|保持)$/;
const MAX_CHARS = 6;

function readPlans() {
  const dirs = [join(root, 'test', 'fixtures', 'corpus'), join(root, 'seeds')];
  const texts = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

function entropy(counts) {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log2(c / total);
  return h;
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mine(jieba, texts, curatedSet) {
  const unigrams = new Map();
  const grams = new Map(); // joined → { pieces, tf, docs:Set, left:Map, right:Map }
  texts.forEach((text, doc) => {
    for (const m of text.matchAll(/[\u4e00-\u9fff]+/g)) {
      const words = jieba.cut(m[0]);
      for (const w of words) bump(unigrams, w);
      for (let i = 0; i < words.length; i++) {
        for (let n = 2; n <= 3 && i + n <= words.length; n++) {
          const pieces = words.slice(i, i + n);
          const g = pieces.join('');
          if (g.length > MAX_CHARS) break;
          let s = grams.get(g);
          if (!s) grams.set(g, (s = { pieces, tf: 0, docs: new Set(), left: new Map(), right: new Map() }));
          s.tf++;
          s.docs.add(doc);
          // A run's edge (punctuation) counts as a new neighbour each time: the term is free there.
          bump(s.left, i > 0 ? words[i - 1] : `^${s.tf}`);
          bump(s.right, i + n < words.length ? words[i + n] : `$${s.tf}`);
        }
      }
    }
  });
  const found = [];
  for (const [word, s] of grams) {
    if (s.docs.size < 3 || s.tf < 6) continue;
    const first = s.pieces[0];
    const last = s.pieces[s.pieces.length - 1];
    if (EDGE_WORDS.has(first) || EDGE_WORDS.has(last) || VERBS.test(first)) continue;
    if (/方案|通知|你们|本文|人民政府/.test(word)) continue;
    if (Math.min(entropy(s.left), entropy(s.right)) < 1.0) continue;
    const rarest = Math.min(...s.pieces.map((p) => unigrams.get(p) ?? 1));
    const cohesion = s.tf / rarest;
    if (cohesion < 0.25) continue;
    // Two words that are both known (低碳/零碳, 能源/消费) match better apart: a comparison then
    // sees 低碳 in 低碳零碳. A term is kept whole when a piece is a single character (碳/汇, 双/控)
    // or when it holds together strongly (挥发性/有机物).
    if (!s.pieces.some((p) => p.length === 1) && cohesion < 0.5) continue;
    if (s.pieces.every((p) => curatedSet.has(p))) continue;
    found.push({ word, pieces: s.pieces, tf: s.tf, df: s.docs.size, cohesion });
  }
  // A gram nearly always inside a longer found term is that term's piece, not a word of its own.
  return found.filter((f) => !found.some((o) => o.word.length > f.word.length && o.word.includes(f.word) && o.tf >= 0.8 * f.tf));
}

const curated = [...new Set(CURATED.split(/\s+/).filter(Boolean))];
// Mining runs on jieba with the curated words already known, so that they are pieces, not splits.
const jieba = require('nodejieba');
const tmp = join(mkdtempSync(join(tmpdir(), 'planlens-dict-')), 'curated.dict.utf8');
writeFileSync(tmp, curated.map((w) => `${w} 20000 n`).join('\n') + '\n');
jieba.load({ userDict: tmp });
const mined = mine(jieba, readPlans(), new Set(curated)).sort((a, b) => b.tf - a.tf || a.word.localeCompare(b.word));

const lines = [];
const seen = new Set();
// Frequencies: high enough that the term beats its pieces; curated terms first, fixed weight.
for (const w of curated) {
  if (seen.has(w)) continue;
  seen.add(w);
  lines.push(`${w} 20000 n`);
}
for (const f of mined) {
  if (seen.has(f.word)) continue;
  seen.add(f.word);
  lines.push(`${f.word} ${Math.max(3000, Math.min(20000, f.tf * 100))} n`);
}

if (dryRun) {
  for (const f of mined) console.log(f.word, f.tf, f.df, f.cohesion.toFixed(2), f.pieces.join('/'));
  console.log(`${curated.length} curated + ${mined.length} mined → ${lines.length} terms`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} terms (${curated.length} curated, ${lines.length - curated.length} mined) to ${out}`);
}
