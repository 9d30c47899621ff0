/**
 * Hover cards (and, later, completion documentation) in the format the client asked for. The
 * providers write Markdown; a client that lists only `plaintext` in `hover.contentFormat` (or
 * `completionItem.documentationFormat`) — Emacs's eglot without markdown-mode, some terminals —
 * gets the same card with the markup taken out, instead of `**` and `\（` on screen.
 */
import { MarkupKind, type ClientCapabilities, type MarkupContent } from 'vscode-languageserver';

/** The format to answer in: the client's first choice among those PlanLens writes; Markdown when it says nothing. */
export function preferredFormat(formats: readonly string[] | undefined): MarkupKind {
  for (const f of formats ?? []) if (f === MarkupKind.Markdown || f === MarkupKind.PlainText) return f;
  return MarkupKind.Markdown;
}

/** The hover format of a client (`textDocument.hover.contentFormat`). */
export function hoverFormat(client: ClientCapabilities): MarkupKind {
  return preferredFormat(client.textDocument?.hover?.contentFormat);
}

/** The documentation format of a client's completion items (`completionItem.documentationFormat`). */
export function completionDocumentationFormat(client: ClientCapabilities): MarkupKind {
  return preferredFormat(client.textDocument?.completion?.completionItem?.documentationFormat);
}

/** PlanLens's Markdown as a reader would write it by hand: no emphasis, no escapes, rules as a line. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (/^\s*-{3,}\s*$/.test(line) ? '————' : line))
    .join('\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]<>#|~])/g, '$1');
}

/** Markdown content, or the same content as plain text for a client that asked for it. */
export function markup(markdown: string, format: MarkupKind = MarkupKind.Markdown): MarkupContent {
  return format === MarkupKind.PlainText ? { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) } : { kind: MarkupKind.Markdown, value: markdown };
}
