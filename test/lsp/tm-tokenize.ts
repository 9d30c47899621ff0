/**
 * Just enough of a TextMate tokenizer to test the grammar without an Oniguruma build: match and
 * begin/end rules, includes from the repository, captures (with patterns), end before patterns
 * at the same position. Regexes run as JavaScript ones, which the grammar is written to allow
 * (no possessive quantifiers, no \G, no variable-length lookbehind).
 */
interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
  beginCaptures?: Record<string, Rule>;
  endCaptures?: Record<string, Rule>;
}

export interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

export interface Token {
  text: string;
  scopes: string[];
}

function expand(g: Grammar, rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const r of rules) {
    if (r.include) {
      const target = g.repository[r.include.slice(1)];
      if (!target) throw new Error(`no repository rule ${r.include}`);
      out.push(...(target.match || target.begin ? [target] : expand(g, target.patterns ?? [])));
    } else out.push(r);
  }
  return out;
}

const compiled = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = compiled.get(source);
  if (!r) compiled.set(source, (r = new RegExp(source, 'dg')));
  return r;
}

function search(source: string, text: string, from: number): RegExpExecArray | null {
  const r = re(source);
  r.lastIndex = from;
  return r.exec(text);
}

export function tokenize(g: Grammar, text: string): Token[][] {
  const stack: Array<{ rule: Rule; scopes: string[] }> = [];
  const base = [g.scopeName];
  const lines = text.split(/\r\n|\n/);
  const result: Token[][] = [];
  for (const line of lines) {
    const tokens: Token[] = [];
    const emit = (s: string, scopes: string[]) => {
      if (s) tokens.push({ text: s, scopes });
    };
    const withCaptures = (m: RegExpExecArray, caps: Record<string, Rule> | undefined, scopes: string[]) => {
      const start = m.index;
      const whole = m[0];
      if (!caps) return emit(whole, scopes);
      // Paint captures left to right; text outside any capture keeps the rule's scopes.
      const indices = m.indices!;
      const spans = Object.keys(caps)
        .map(Number)
        .filter((k) => k > 0 && indices[k])
        .map((k) => ({ k, s: indices[k]![0], e: indices[k]![1] }))
        .sort((a, b) => a.s - b.s);
      let at = start;
      for (const { k, s, e } of spans) {
        if (s < at) continue;
        emit(line.slice(at, s), scopes);
        const cap = caps[String(k)];
        const capScopes = cap.name ? [...scopes, cap.name] : scopes;
        if (cap.patterns) {
          for (const t of tokenizeInline(g, line.slice(s, e), expand(g, cap.patterns), capScopes)) tokens.push(t);
        } else emit(line.slice(s, e), capScopes);
        at = e;
      }
      emit(line.slice(at, start + whole.length), scopes);
      if (caps['0'] && spans.length === 0) {
        tokens.pop();
        emit(whole, caps['0'].name ? [...scopes, caps['0'].name] : scopes);
      }
    };
    let pos = 0;
    while (pos <= line.length) {
      const top = stack[stack.length - 1];
      const scopes = top ? top.scopes : base;
      const rules = expand(g, top ? top.rule.patterns ?? [] : g.patterns);
      let best: { m: RegExpExecArray; rule: Rule | null } | null = null;
      if (top) {
        const m = search(top.rule.end!, line, pos);
        if (m) best = { m, rule: null };
      }
      for (const r of rules) {
        const m = search(r.match ?? r.begin!, line, pos);
        if (m && (!best || m.index < best.m.index)) best = { m, rule: r };
      }
      if (!best) {
        emit(line.slice(pos), scopes);
        break;
      }
      emit(line.slice(pos, best.m.index), scopes);
      if (best.rule === null) {
        withCaptures(best.m, top!.rule.endCaptures ?? top!.rule.captures, scopes);
        stack.pop();
      } else if (best.rule.match) {
        const s = best.rule.name ? [...scopes, best.rule.name] : scopes;
        withCaptures(best.m, best.rule.captures, s);
      } else {
        const s = best.rule.name ? [...scopes, best.rule.name] : scopes;
        withCaptures(best.m, best.rule.beginCaptures ?? best.rule.captures, s);
        stack.push({ rule: best.rule, scopes: s });
      }
      const next = best.m.index + best.m[0].length;
      if (next === pos && best.m[0].length === 0) {
        emit(line.slice(pos, pos + 1), scopes);
        pos++;
      } else pos = next;
      if (pos >= line.length) break;
    }
    result.push(tokens);
  }
  return result;
}

function tokenizeInline(g: Grammar, text: string, rules: Rule[], scopes: string[]): Token[] {
  const inner: Grammar = { scopeName: '', patterns: rules, repository: g.repository };
  return tokenize(inner, text)[0].map((t) => ({ text: t.text, scopes: [...scopes, ...t.scopes.filter((s) => s !== '')] }));
}
