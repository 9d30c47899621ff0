/**
 * The few parts of pdf.js (pdfjs-dist 4.9) the reader uses, typed here rather than imported: the
 * package's own types are ES-module declarations (`.d.mts`) that this CommonJS project cannot
 * import, and naming only what is used keeps an upgrade's surface visible.
 */

export interface PdfjsTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text matrix in PDF user space (y grows upwards). */
  transform: number[];
  /** Advance of the run along its direction, in user space. */
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
  dir?: string;
}

export interface PdfjsViewport {
  width: number;
  height: number;
  /** Maps user space to the page as shown (origin top left, y downwards, /Rotate applied). */
  transform: number[];
}

export interface PdfjsPage {
  getViewport(params: { scale: number }): PdfjsViewport;
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{ items: Array<PdfjsTextItem | { type: string }> }>;
  cleanup(): boolean;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

export interface PdfjsModule {
  getDocument(params: Record<string, unknown>): PdfjsLoadingTask;
  version: string;
}
