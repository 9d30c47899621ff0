/**
 * A temporary folder of plan files in the encodings and states met in practice, made from the
 * seed plan so that every readable one must give the seed's own analysis.
 */
import * as fs from 'node:fs';
import * as iconv from 'iconv-lite';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEED } from './run-cli';

export const SHORT_PLAN = ['某市节能降碳行动方案', '一、总体要求', '（一）推动工业节能。到2025年，规模以上工业单位增加值能耗下降13%。（市工业和信息化局牵头，市发展改革委配合）'].join('\n');

export interface PlanFixtures {
  dir: string;
  /** File names inside dir, in the order a folder search returns them. */
  readable: string[];
  cleanup(): void;
}

export function makePlanFixtures(): PlanFixtures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-cli-'));
  const seed = fs.readFileSync(SEED, 'utf8');
  const write = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(dir, name), data);
  write('a-utf8.txt', seed);
  write('b-utf8-bom.txt', '\ufeff' + seed);
  write('c-gbk.txt', iconv.encode(seed, 'gbk'));
  write('d-utf16le.txt', iconv.encode(seed, 'utf16le', { addBOM: true }));
  write('e-utf16be.txt', iconv.encode(seed, 'utf16be', { addBOM: true }));
  write('f-crlf.txt', seed.replace(/\n/g, '\r\n'));
  write('g-empty.txt', '');
  write('h-short-gbk.txt', iconv.encode(SHORT_PLAN, 'gbk'));
  write('i-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  return {
    dir,
    readable: ['a-utf8.txt', 'b-utf8-bom.txt', 'c-gbk.txt', 'd-utf16le.txt', 'e-utf16be.txt', 'f-crlf.txt', 'g-empty.txt', 'h-short-gbk.txt'],
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
