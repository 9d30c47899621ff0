/**
 * The real PDFs of test/fixtures/pdf/ (each with its reference text), converted once per test run
 * and shared by the test files: a conversion is what a user would get from readPdf.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readPdfDetailed, type PdfDetails } from '../../../server/src/input/pdf/read-pdf';
import type { PlanSource } from '../../../server/src/input/types';
import { ROOT } from '../../root';

export const PDF_DIR = path.join(ROOT, 'test', 'fixtures', 'pdf');

export interface Converted {
  name: string;
  /** `careful` or `machine` (MANIFEST.tsv). */
  kind: string;
  reference: string;
  source: PlanSource;
  details: PdfDetails;
  /** The conversion's lines (paragraphs). */
  lines: string[];
}

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(PDF_DIR, file)));
}

/** The real plans: a PDF with a reference text. */
export function realFixtures(): Array<{ name: string; kind: string }> {
  const rows = fs.readFileSync(path.join(PDF_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => {
    const [pdf, , kind] = r.split('\t');
    return { name: pdf.replace(/\.pdf$/, ''), kind };
  });
}

let all: Promise<Map<string, Converted>> | undefined;

export function convertedFixtures(): Promise<Map<string, Converted>> {
  all ??= (async () => {
    const out = new Map<string, Converted>();
    for (const { name, kind } of realFixtures()) {
      const details = await readPdfDetailed(fixtureBytes(`${name}.pdf`), { edges: true });
      if ('error' in details.result) throw new Error(`${name}.pdf: ${details.result.error}`);
      const source = details.result;
      out.set(name, {
        name,
        kind,
        reference: fs.readFileSync(path.join(PDF_DIR, `${name}.txt`), 'utf8'),
        source,
        details,
        lines: source.text.split('\n').filter((l) => l.trim()),
      });
    }
    return out;
  })();
  return all;
}

export async function converted(name: string): Promise<Converted> {
  const c = (await convertedFixtures()).get(name);
  if (!c) throw new Error(`no fixture ${name}`);
  return c;
}
