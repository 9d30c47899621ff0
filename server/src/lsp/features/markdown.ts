/** Escapes what Markdown would take for markup in plan text (headings, emphasis, links, tables). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => '\\' + c);
}
