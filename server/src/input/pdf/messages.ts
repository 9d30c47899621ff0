/** What the PDF reader tells the user: short Chinese, then `/ English`. */

export const MSG = {
  scanned: '扫描件：没有文字层，需要先做文字识别 / scanned: no text layer, OCR it first',
  encrypted: 'PDF 已加密，需要密码才能打开：请先去除密码再转换 / encrypted PDF: remove the password first',
  notPdf: '不是 PDF 文件：文件开头没有 %PDF 标记 / not a PDF file',
  damaged: (detail: string) => `PDF 文件已损坏，无法读取：可用 PDF 阅读器另存一份再试 / damaged PDF: ${detail}`,
  timeout: (seconds: number) => `PDF 解析超时（${seconds} 秒），文件可能过于复杂或已损坏 / timed out after ${seconds} s`,
  tooManyPages: (pages: number, max: number) => `PDF 页数过多（${pages} 页，上限 ${max} 页） / too many pages: ${pages}, at most ${max}`,
  tooBig: (mb: number, max: number) => `PDF 文件过大（${mb} MB，上限 ${max} MB） / file too large: ${mb} MB, at most ${max} MB`,
  outOfMemory: (max: number) => `PDF 解析所需内存超过 ${max} MB，文件可能有害或已损坏 / parsing needed more than ${max} MB`,
  emptyPages: (pages: number[]) => `第 ${pageList(pages, '、')} 页没有文字（空白页或扫描页） / no text on page ${pageList(pages, ', ')} (blank or scanned)`,
  unmapped: (n: number) => `${n} 个字形没有对应的文字（如公式符号），已略去 / ${n} glyphs without text (formula symbols) left out`,
  // The same words as the Word reader's.
  contentsLeftOut: '目录已略去 / table of contents left out',
  failedPages: (pages: number[]) => `第 ${pageList(pages, '、')} 页无法读取，已跳过 / page ${pageList(pages, ', ')} could not be read: skipped`,
};

/** 1,2,3,5 → "1–3、5". */
export function pageList(pages: number[], separator: string): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return parts.join(separator);
}
