/**
 * The files users really open by mistake or in a bad state, made on demand in a temporary folder
 * (never committed: one of them is 20 MB): zero bytes, binaries renamed .txt, the seed in every
 * legacy encoding, a 20 MB single line, a 200 000-line PDF dump, 10 000 nested or unclosed
 * brackets, an unterminated 《, text that is not a plan at all.
 *
 * Each input says what a user must get from it: the seed's own analysis (a re-encoded copy), a
 * clear per-file message (not text), or simply a result (anything but a crash or a hang).
 */
import * as fs from 'node:fs';
import * as iconv from 'iconv-lite';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFixture, readSeed } from '../core/helpers';

export type Expectation =
  /** The same outline, targets and diagnostics as `twin` (a UTF-8 file of the same text). */
  | { kind: 'same-as'; twin: string }
  /** A message for the file, nothing else ("不是文本文件"). */
  | { kind: 'error'; message: RegExp }
  /** Either of the above: a result equal to `twin`'s, or a message. */
  | { kind: 'same-or-error'; twin: string; message: RegExp }
  /** An analysis, whatever it finds: the point is that there is one, in bounded time. */
  | { kind: 'result' };

export interface HostileInput {
  name: string;
  /** What the user meets here, for reports. */
  what: string;
  bytes: () => Buffer;
  expect: Expectation;
  /** Takes seconds; left out of the runs that try every input one by one. */
  big?: boolean;
}

/** A fixed pseudo-random byte stream (the same bytes every run). */
function noise(n: number, seed = 12345): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** The seed hard-wrapped at 20 characters with a page number every 30 lines, as pdftotext leaves a plan. */
export function pdfDump(lines: number): string {
  const wrapped: string[] = [];
  for (const l of readSeed().split('\n')) for (let i = 0; i < Math.max(1, l.length); i += 20) wrapped.push(l.slice(i, i + 20));
  const out: string[] = [];
  let page = 1;
  while (out.length < lines) {
    for (const l of wrapped) {
      out.push(l);
      if (out.length % 30 === 0) out.push(`- ${page++} -`);
      if (out.length >= lines) break;
    }
  }
  return out.slice(0, lines).join('\n');
}

/** One line of clauses and targets, repeated to `bytes` (UTF-8): a plan with every line break lost. */
export function singleLine(bytes: number): string {
  const unit = '到2025年，非化石能源消费比重达到18.3%（省发展改革委等按职责分工负责）。推进（试点《文件》）工作，';
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** 200 000 short lines of which every 7th is a numbered task 1.–10.: tens of thousands of numbering problems. */
export function numberedLines(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(i % 7 === 0 ? `${(i % 10) + 1}.任务${i}。` : '推进工作。');
  return out.join('\n');
}

export const SEED_TWIN = 'seed-utf8.txt';
const RARE_TWIN = 'rare-utf8.txt';
/** The seed with a line of characters that only GB18030 (not GBK) can encode. */
const rareText = () => readSeed() + '\n附：𠮷𠀀䶮€。\n';

export const NOT_TEXT = /不是文本文件 \/ not a text file/;
/**
 * A PDF or a Word file is told by its bytes, whatever its name: a damaged one gets the reader's
 * message, which names the format (until the PDF reader is merged, that it is not wired yet).
 */
export const BAD_PDF = /PDF/;
export const BAD_WORD = /Word 文件已损坏/;

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'empty.txt', what: 'zero bytes', bytes: () => Buffer.alloc(0), expect: { kind: 'result' } },
  { name: 'bom-only.txt', what: 'a UTF-8 BOM and nothing else', bytes: () => Buffer.from([0xef, 0xbb, 0xbf]), expect: { kind: 'result' } },
  { name: 'blank.txt', what: 'only line breaks and spaces', bytes: () => utf8('\n\r\n  \u3000\n\t\n'), expect: { kind: 'result' } },
  { name: 'random.txt', what: '64 KB of random bytes', bytes: () => noise(64 * 1024), expect: { kind: 'error', message: NOT_TEXT } },
  {
    name: 'report.pdf.txt',
    what: 'a PDF saved as .txt',
    bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 4096 /Filter /FlateDecode >>\nstream\n', 'latin1'), noise(4096, 7), utf8('\nendstream\nendobj\n%%EOF\n')]),
    expect: { kind: 'error', message: BAD_PDF },
  },
  { name: 'plan.docx.txt', what: 'a Word file saved as .txt', bytes: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), noise(8192, 99)]), expect: { kind: 'error', message: BAD_WORD } },
  {
    name: 'control.txt',
    what: 'control bytes without NUL',
    bytes: () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)))),
    expect: { kind: 'error', message: NOT_TEXT },
  },
  { name: SEED_TWIN, what: 'the seed, UTF-8', bytes: () => utf8(readSeed()), expect: { kind: 'same-as', twin: SEED_TWIN } },
  { name: 'seed-gbk.txt', what: 'the seed in GBK', bytes: () => iconv.encode(readSeed(), 'gbk'), expect: { kind: 'same-as', twin: SEED_TWIN } },
  { name: 'seed-gbk-crlf.txt', what: 'the seed in GBK with CRLF', bytes: () => iconv.encode(readSeed().replace(/\n/g, '\r\n'), 'gbk'), expect: { kind: 'result' } },
  { name: RARE_TWIN, what: 'the seed plus GB18030-only characters, UTF-8', bytes: () => utf8(rareText()), expect: { kind: 'same-as', twin: RARE_TWIN } },
  { name: 'rare-gb18030.txt', what: 'the same in GB18030', bytes: () => iconv.encode(rareText(), 'gb18030'), expect: { kind: 'same-as', twin: RARE_TWIN } },
  { name: 'seed-utf16le.txt', what: 'the seed in UTF-16LE with BOM', bytes: () => iconv.encode(readSeed(), 'utf16le', { addBOM: true }), expect: { kind: 'same-as', twin: SEED_TWIN } },
  { name: 'seed-utf16be.txt', what: 'the seed in UTF-16BE with BOM', bytes: () => iconv.encode(readSeed(), 'utf16be', { addBOM: true }), expect: { kind: 'same-as', twin: SEED_TWIN } },
  {
    name: 'seed-utf16le-nobom.txt',
    what: 'the seed in UTF-16LE without BOM',
    bytes: () => iconv.encode(readSeed(), 'utf16le'),
    expect: { kind: 'same-or-error', twin: SEED_TWIN, message: NOT_TEXT },
  },
  {
    name: 'seed-bad-byte.txt',
    what: 'the seed, UTF-8, with one truncated character',
    bytes: () => {
      const b = utf8(readSeed());
      // Inside a sentence of the body: a broken character in a heading's label would (rightly)
      // unmake the heading, which is not what this input is about.
      const at = b.indexOf(utf8('。'), b.indexOf(utf8('二、')));
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xe4, 0xb8]), b.subarray(at)]);
    },
    expect: { kind: 'result' },
  },
  { name: 'line-20mb.txt', what: 'a 20 MB single line', bytes: () => utf8(singleLine(20 * 1024 * 1024)), expect: { kind: 'result' }, big: true },
  { name: 'pdf-dump-200k.txt', what: '200 000 short lines (the seed as pdftotext leaves it, repeated)', bytes: () => utf8(pdfDump(200_000)), expect: { kind: 'result' }, big: true },
  {
    name: 'nested-10k.txt',
    what: '10 000 nested brackets',
    bytes: () => utf8(`示例方案\n一、重点任务\n1.推进${'（'.repeat(10_000)}省发展改革委${'）'.repeat(10_000)}。\n2.到2025年比重达到20%。\n`),
    expect: { kind: 'result' },
  },
  { name: 'open-10k.txt', what: '10 000 unclosed brackets of every kind', bytes: () => utf8(`示例方案\n一、重点任务\n${'（《〔［(“'.repeat(1667)}\n（二）后续\n`), expect: { kind: 'result' } },
  { name: 'close-10k.txt', what: '10 000 stray closing brackets', bytes: () => utf8(`示例方案\n${'）》〕］)”'.repeat(1667)}\n一、重点任务\n`), expect: { kind: 'result' } },
  {
    name: 'unterminated.txt',
    what: 'the seed with an unterminated 《 in a task',
    bytes: () => {
      const s = readSeed();
      // At the end of the paragraph before 二、, so that the 《 has the rest of the plan to eat.
      const at = s.indexOf('\n二、');
      return utf8(s.slice(0, at) + '依据《江西省碳达峰实施方案，' + s.slice(at));
    },
    expect: { kind: 'result' },
  },
  { name: 'unterminated-eof.txt', what: 'a 《 as the last character', bytes: () => utf8('示例方案\n一、重点任务\n1.依据《'), expect: { kind: 'result' } },
  {
    name: 'script.txt',
    what: 'HTML with a script, not a plan',
    bytes: () => utf8('<html><head><script>alert("x")</script></head>\n<body>一、<b>重点任务</b>\n1.推进<img src=x onerror=alert(1)>（省发展改革委负责）</body></html>\n'),
    expect: { kind: 'result' },
  },
  { name: 'source.txt', what: 'JavaScript source, not a plan', bytes: () => fs.readFileSync(path.join(__dirname, 'hostile-inputs.js')), expect: { kind: 'result' } },
  { name: 'english.txt', what: 'an English plan', bytes: () => utf8('Action Plan\n1. Overview\n(1) Reduce emissions by 20% by 2025 (Ministry of Ecology, lead).\n(2) [unclosed\n'), expect: { kind: 'result' } },
  { name: 'corpus-national.txt', what: 'a corpus plan', bytes: () => utf8(readFixture('national-2030.txt')), expect: { kind: 'result' } },
  { name: 'corpus-shanghai.txt', what: 'another corpus plan', bytes: () => utf8(readFixture('shanghai-province.txt')), expect: { kind: 'result' } },
];

/** Writes `inputs` into a new temporary folder; `cleanup` removes it. */
export function writeHostileFiles(inputs: HostileInput[] = HOSTILE_INPUTS): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-hostile-'));
  for (const input of inputs) fs.writeFileSync(path.join(dir, input.name), input.bytes());
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** What an editor hands the server for these bytes: a BOM is honoured, anything else is read as UTF-8 (bad bytes become U+FFFD). */
export function editorText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes, 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes, 'utf16be');
  return new TextDecoder('utf-8').decode(bytes);
}
