/**
 * Loads pdf.js inside the PDF worker thread, and finds the CMaps (character maps that Chinese fonts
 * without an embedded Unicode table need) and standard font data that ship with it.
 *
 * Bundled (dist/pdf-worker.js), pdf.js and its worker module are in the bundle and the data files
 * in dist/pdfjs/ (copied there by scripts/build.mjs, shipped in the .vsix); compiled by tsc and run
 * from out/, they are read from node_modules/pdfjs-dist.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PdfjsModule } from './pdfjs-types';

export interface PdfjsRuntime {
  pdfjs: PdfjsModule;
  cMapUrl: string;
  standardFontDataUrl: string;
}

let runtime: PdfjsRuntime | undefined;

export function loadPdfjs(): PdfjsRuntime {
  if (runtime) return runtime;
  // pdf.js uses process.getBuiltinModule (Node 20.16+) to reach fs; an older Node 20 gets the same through require.
  const proc = process as unknown as { getBuiltinModule?: (name: string) => unknown };
  if (!proc.getBuiltinModule) proc.getBuiltinModule = (name: string) => require(name);
  // pdf.js prints warnings (fonts it cannot polyfill for drawing, broken glyph tables) with console.log;
  // in this thread they would reach the command line's output. The reader reports what matters itself.
  console.log = () => undefined;
  console.warn = () => undefined;
  // The fake worker: pdf.js runs its parser in this thread (which is already a worker of ours).
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfjsModule;
  const data = dataDir();
  runtime = {
    pdfjs,
    cMapUrl: path.join(data, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(data, 'standard_fonts') + path.sep,
  };
  return runtime;
}

function dataDir(): string {
  const shipped = path.join(__dirname, 'pdfjs');
  if (fs.existsSync(path.join(shipped, 'cmaps'))) return shipped;
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}
