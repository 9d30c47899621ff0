/** Cross-document comparison: the public surface. */
export { comparePlans, resolveSegmenter, type CompareOptions } from './compare-plans';
export { rankPlans, type NamedPlan, type Ranking, type RankedPlan, type RankOptions } from './rank-plans';
export { renderText } from './render-text';
export { renderJson, COMPARISON_JSON_VERSION } from './render-json';
export { renderMarkdown, escapeMarkdown } from './render-markdown';
export { renderComparisonBody, renderComparisonPage, pageCsp, type PageOptions } from './render-html';
export { renderRankingText, renderRankingJson, renderRankingMarkdown, renderRankingBody, renderRankingHtml } from './render-ranking';
export { COMPARISON_CSS } from './html-styles';
export { escapeHtml } from './escape-html';
export { FINDING_LABELS } from './labels';
export { indicatorKey, indicatorSimilarity } from './indicator-key';
export { SYNONYMS, canonicalText } from './synonyms';
export * from './types';
