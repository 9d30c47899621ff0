/**
 * The figures of GB/T 9704-2012 (党政机关公文格式) the export lays a plan out with, in Word's units:
 * twips (1/20 pt) for lengths, half-points for font sizes. 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt.
 */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

export const PAGE = {
  /** A4. */
  width: 11906,
  height: 16838,
  margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) },
  /** The page number sits 7 mm under the text block. */
  footer: twips(35 - 7 - 5),
};

export const SIZE = { er: 44, san: 32, si: 28 } as const;

/** 28 pt exactly between lines: 22 lines to a page of 3号 characters. */
export const LINE = 560;
/** Two characters of 3号. */
export const INDENT = 640;
/** One character of 4号, for the page number's distance from the edge. */
export const PAGE_NUMBER_INDENT = 280;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Digits and Latin in the body. */
  latin: 'Times New Roman',
} as const;
