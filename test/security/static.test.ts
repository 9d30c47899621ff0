import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../core/helpers';

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

const ALL = [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src'))];

describe('what the shipped code never does', () => {
  it('evaluates no code: no eval, no new Function, no vm', () => {
    assert.ok(ALL.length > 50);
    for (const f of ALL) {
      const src = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(src, /\beval\s*\(|new\s+Function\s*\(|from\s+['"](?:node:)?vm['"]|require\(['"](?:node:)?vm['"]\)/, path.relative(ROOT, f));
    }
  });

  it('opens no network connection: no http, https, net, tls, dgram or fetch', () => {
    for (const f of ALL) {
      const src = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(src, /from\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]|require\(['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]\)|\bfetch\s*\(|XMLHttpRequest|WebSocket/, path.relative(ROOT, f));
    }
  });
});
