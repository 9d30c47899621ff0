/** A ranking of many plans against one, in the four output formats. */
import { escapeHtml as e } from './escape-html';
import { percent, segmentationLabel } from './labels';
import type { Ranking } from './rank-plans';
import { escapeMarkdown } from './render-markdown';
import { htmlPage } from './render-html';

const role = (r: Ranking) => (r.planIsUpper ? '上级方案' : '本方案（下级）');
const others = (r: Ranking) => (r.planIsUpper ? '下级方案' : '候选上级方案');

export function renderRankingText(r: Ranking): string {
  const out = [`方案排序 Ranking：${role(r)} ${r.plan.title ?? ''}  ${r.plan.name}`, `  比较方法：${segmentationLabel(r.segmentation)}`];
  if (r.note) out.push(`  注意：${r.note}`);
  out.push(`  ${others(r)} ${r.ranked.length} 个，按总体相似度排序：`);
  r.ranked.forEach((p, i) => {
    const s = p.summary;
    out.push(`  ${String(i + 1).padStart(3)}. ${percent(s.similarity).padStart(4)}  ${p.title ?? '（无标题）'}  ${p.name}`);
    out.push(`        行动对应 ${s.matchedActions}，任务对应 ${s.matchedTasks}，指标对照 ${s.targetPairs}，弱于上级 ${s.weaker}`);
  });
  return out.join('\n') + '\n';
}

export function renderRankingJson(r: Ranking): string {
  return JSON.stringify({ version: 1, ...r }, null, 2) + '\n';
}

export function renderRankingMarkdown(r: Ranking): string {
  const out = [
    `# 方案排序：${escapeMarkdown(r.plan.title ?? r.plan.name)}`,
    '',
    `- ${role(r)}：${escapeMarkdown(r.plan.title ?? '（无标题）')}（${escapeMarkdown(r.plan.name)}）`,
    `- 比较方法：${segmentationLabel(r.segmentation)}`,
  ];
  if (r.note) out.push(`- **注意**：${escapeMarkdown(r.note)}`);
  out.push('', '| # | 相似度 | 方案 | 文件 | 行动对应 | 任务对应 | 指标对照 | 弱于上级 |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  r.ranked.forEach((p, i) => {
    const s = p.summary;
    out.push(`| ${i + 1} | ${percent(s.similarity)} | ${escapeMarkdown(p.title ?? '（无标题）')} | ${escapeMarkdown(p.name)} | ${s.matchedActions} | ${s.matchedTasks} | ${s.targetPairs} | ${s.weaker} |`);
  });
  return out.join('\n') + '\n';
}

export function renderRankingBody(r: Ranking): string {
  const out = ['<div class="planlens-compare">', `<h1>方案排序：${e(r.plan.title ?? r.plan.name)}</h1>`];
  out.push(`<p class="meta">${role(r)}：${e(r.plan.title ?? '（无标题）')} · ${e(r.plan.name)}</p>`);
  out.push(`<p class="meta">比较方法：${e(segmentationLabel(r.segmentation))}</p>`);
  if (r.note) out.push(`<p class="note">${e(r.note)}</p>`);
  out.push('<table class="ranking"><thead><tr><th>#</th><th>相似度</th><th>方案</th><th>行动对应</th><th>任务对应</th><th>指标对照</th><th>弱于上级</th><th>最相近的行动</th></tr></thead><tbody>');
  r.ranked.forEach((p, i) => {
    const s = p.summary;
    const top = p.topPairs.map((t) => `${e(t.leftTitle ?? t.left)} ↔ ${e(t.rightTitle ?? t.right)}（${percent(t.score)}）`).join('<br>');
    out.push(
      `<tr data-file="${e(p.name)}"><td>${i + 1}</td><td class="score"><meter min="0" max="1" value="${s.similarity}"></meter> ${percent(s.similarity)}</td>` +
        `<td>${e(p.title ?? '（无标题）')}<div class="meta">${e(p.name)}</div></td><td>${s.matchedActions}</td><td>${s.matchedTasks}</td><td>${s.targetPairs}</td><td>${s.weaker}</td><td>${top}</td></tr>`,
    );
  });
  out.push('</tbody></table>', '</div>');
  return out.join('\n');
}

export function renderRankingHtml(r: Ranking): string {
  return htmlPage(`方案排序：${r.plan.title ?? r.plan.name}`, renderRankingBody(r));
}
