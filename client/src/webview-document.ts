/**
 * The document of a PlanLens webview (comparison, report): the server's HTML under the view's CSP,
 * one stylesheet and one script, both admitted by nonce. The stylesheet comes from our own server;
 * still, nothing in it may close the <style>.
 */
import { escapeHtml, viewCsp } from './comparison-html';

export interface WebviewDocument {
  title: string;
  css: string;
  nonce: string;
  /** The body's HTML, as is (the server escapes plan text). */
  body: string;
  script: string;
}

export function webviewDocument(d: WebviewDocument): string {
  const nonce = escapeHtml(d.nonce);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(viewCsp(d.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(d.title)}</title>`,
    `<style nonce="${nonce}">${d.css.replace(/<\//g, '<\\/')}</style>`,
    '</head>',
    '<body>',
    d.body,
    `<script nonce="${nonce}">${d.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
