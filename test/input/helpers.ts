/**
 * Helpers for the input layer's tests: the committed fixtures (test/fixtures/input/, made by
 * scripts/make-input-fixtures.mjs from corpus plans), what a user compares a conversion with (the
 * analysis of the plan's own text), and small Word packages written by hand for one rule each.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { analyzePlan, toJson, type SectionJson } from '../../server/src/core';
import type { PlanSource, ReadResult } from '../../server/src/input';
import { ROOT } from '../root';

export { ROOT };

export const INPUT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'input');

export function inputFixture(name: string): Uint8Array {
  return fs.readFileSync(path.join(INPUT_FIXTURES, name));
}

/** A corpus plan's lines, as the fixtures were made from them (blank lines dropped). */
export function corpusLines(name: string): string[] {
  return fs
    .readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', name), 'utf8')
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

export function source(r: ReadResult): PlanSource {
  if ('error' in r) assert.fail(`read failed: ${r.error} (${r.code})`);
  return r;
}

/**
 * What a user compares: the title, every heading at its level, every task with its lead agency,
 * every target. Two texts with the same view give the same outline, tasks and targets.
 */
export function planView(text: string) {
  const json = toJson('plan', analyzePlan(text));
  const headings = (list: SectionJson[]): string[] => list.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.label}${s.title}`, ...headings(s.children)]);
  const tasks = json.tasks as Array<{ id: string; title: string; agencies: { lead: string[] } | null }>;
  const targets = json.targets as Array<{ indicator: string; value: number | null; unit: string | null; year: number | null }>;
  return {
    title: json.title,
    outline: headings(json.outline),
    tasks: tasks.map((t) => `${t.id} ${t.title}${t.agencies?.lead.length ? ` ← ${t.agencies.lead.join('、')}` : ''}`),
    targets: targets.map((t) => `${t.indicator} ${t.value ?? ''}${t.unit ?? ''} ${t.year ?? ''}`),
  };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  numbering?: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  /** Where the main document lives (word/document.xml by default). */
  documentName?: string;
  /** The root element's namespaces, for a strict (ISO 29500) document. */
  namespaces?: string;
  extra?: Record<string, string | Uint8Array>;
}

/** A Word package around `body` (the children of w:body), with the parts given, as Word lays them out. */
export function makeDocx(body: string, parts: DocxParts = {}): Uint8Array {
  const ns = parts.namespaces ?? NS;
  const docName = parts.documentName ?? 'word/document.xml';
  const folder = path.posix.dirname(docName);
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const add = (kind: string, file: string, root: string, content: string | undefined) => {
    if (content === undefined) return;
    files[`${folder}/${file}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${ns}>${content}</w:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${kind}" Target="${file}"/>`);
  };
  add('numbering', 'numbering.xml', 'numbering', parts.numbering);
  add('styles', 'styles.xml', 'styles', parts.styles);
  add('footnotes', 'footnotes.xml', 'footnotes', parts.footnotes);
  add('endnotes', 'endnotes.xml', 'endnotes', parts.endnotes);
  files[docName] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`);
  files[`${folder}/_rels/${path.posix.basename(docName)}.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${docName}"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** A paragraph of plain runs, with paragraph properties (pPr content) if given. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A numbered paragraph: instance `numId`, level `ilvl`. */
export function np(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

/** An abstract numbering definition from levels given as [numFmt, lvlText, extra XML]. */
export function abstractNum(id: number, levels: Array<[string, string, string?]>): string {
  return `<w:abstractNum w:abstractNumId="${id}">${levels
    .map(([fmt, text, extra = ''], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`)
    .join('')}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** The plan levels 一、 → （一） → 1. → （1）, %N being level N's counter. */
export const PLAN_LEVELS: Array<[string, string, string?]> = [
  ['chineseCounting', '%1、'],
  ['chineseCounting', '（%2）'],
  ['decimal', '%3.'],
  ['decimal', '（%4）'],
];
