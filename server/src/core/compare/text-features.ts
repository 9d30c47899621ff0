/**
 * Turning a section into what similarity is computed over: its words (jieba with the policy
 * dictionary, or character bigrams when jieba is not available) and its character bigrams, both
 * after the synonym table. Words carry meaning; bigrams catch what segmentation splits
 * differently (碳汇 inside 碳汇能力, 固碳 inside 固碳增汇).
 */
import type { Segmenter } from '../segment/segmenter';
import { canonicalText } from './synonyms';
import { bigramBag, mergeBags, termBag, type TermBag } from './term-bag';

export interface TextFeatures {
  words: TermBag;
  bigrams: TermBag;
}

/** Words that say nothing about what a section is about. */
const STOP = new Set(
  `的 和 与 及 或 等 在 是 为 对 将 到 了 把 并 向 从 由 于 以 其 之 而 也 中 上 下 内 外 各 个 每 有 无 不 要 应 可 已 均 该 此 这 那
  其中 以及 通过 进一步 加强 加快 推进 推动 推广 开展 完善 建立 健全 建立健全 建设 提升 提高 支持 实施 强化 促进 发展 优化 构建 积极 大力
  鼓励 引导 落实 组织 全面 持续 深入 有序 逐步 着力 坚持 加大 做好 重点 主要 相关 有关 工作 领域 行动 方面 体系 水平 能力 机制 年 年前 到
  力争 确保 达到 基本 实现 形成 合理 科学 统筹 各地 地区 全国 全省 全市 国家 省 市 县 区`.split(/\s+/),
);

/** Single characters worth keeping: in this domain they are whole words. */
const KEEP_SINGLE = new Set('煤 电 油 气 氢 碳 水 热 林 草 钢 铝 铜 核 光 风'.split(' '));

export function textFeatures(text: string, segmenter: Segmenter): TextFeatures {
  const canonical = canonicalText(text);
  const words: string[] = [];
  for (const w of segmenter.cut(canonical)) {
    if (STOP.has(w)) continue;
    if (w.length === 1 && !KEEP_SINGLE.has(w)) continue;
    words.push(w);
  }
  return { words: termBag(words), bigrams: bigramBag(canonical) };
}

/** The features of texts taken together (they must not share a line: no word spans two). */
export function mergeFeatures(list: TextFeatures[]): TextFeatures {
  return { words: mergeBags(list.map((f) => f.words)), bigrams: mergeBags(list.map((f) => f.bigrams)) };
}
