/**
 * The grammar of a plan's lines (chevrotain, embedded actions).
 *
 *   document   := (Newline | line)*
 *   line       := Label element* | element+
 *   element    := group | measure | Plain | Closer     (a closer here is stray)
 *   group      := LParen inner* RParen?                (an agency clause or any bracket; unclosed
 *               | LBook inner* RBook?                   at the end of the line)
 *   inner      := group | measure | Plain              (inside brackets, Plain includes the
 *                                                      separators 、，；：。 of agency lists)
 *   measure    := Comparator+ quantities? | quantities
 *   quantities := quantity (And quantity)*
 *   quantity   := Number Unit? (RangeSep Number Unit?)? PostComparator?
 *
 * Every token fits one of these shapes, so any input parses: recovery is off and an error would
 * be a bug (the fuzz tests assert there are none). What a line means — heading, agency clause,
 * target — is decided by the model over this tree. The alternatives are inlined rather than
 * split into sub-rules because a rule call per token is the parser's main cost.
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import {
  allTokens, And, Closer, Comparator, InnerNewline, InnerText, Label, LBook, LParen, Newline, NumberTok, Other, Plain,
  PostComparator, RangeSep, RBook, RParen, Unit,
} from './tokens';
import type { GroupNode, Item, LineNode, MeasureNode, QuantityNode, TokNode } from './syntax';

/** Token names as the model sees them: the two text runs are one kind. */
function nameOf(type: TokenType): string {
  return type === InnerText ? 'Text' : type.name;
}

function tok(t: IToken): TokNode {
  return { kind: 'tok', name: nameOf(t.tokenType), image: t.image, start: t.startOffset, end: t.startOffset + t.image.length };
}

export class PlanParser extends EmbeddedActionsParser {
  /** The label of the line being parsed (set by the first alternative of `line`). */
  private label: IToken | undefined;
  /** Alternatives built once and reused: chevrotain otherwise re-reads them on every call. */
  private readonly alternatives: IOrAlt<Item | undefined>[][] = [];

  /**
   * Validations (ambiguities, left recursion …) cost ~10 ms at every start; the grammar test
   * builds the parser with them (`validateGrammar`), so a start-up needs not.
   */
  constructor(skipValidations = true) {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 2, skipValidations });
    this.performSelfAnalysis();
  }

  readonly document = this.RULE('document', (): LineNode[] => {
    const lines: LineNode[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(Newline); } },
        { ALT: () => { lines.push(this.SUBRULE(this.line)); } },
      ]);
    });
    return lines;
  });

  // Per-token actions test RECORDING_PHASE (what ACTION does inside) instead of passing ACTION a
  // closure: a closure per token was a tenth of the allocation of an analysis.

  /** element := group | measure | Plain | Closer; occurrence `i` of the choice in a rule. */
  private elements(i: number, withLabel = false): IOrAlt<Item | undefined>[] {
    const key = i * 2 + (withLabel ? 1 : 0);
    return (this.alternatives[key] ??= [
      ...(withLabel
        ? [{ ALT: () => { const l = this.CONSUME(Label); this.ACTION(() => { this.label = l; }); return undefined; } }]
        : []),
      { ALT: () => this.subrule(i, this.group) },
      { ALT: () => this.subrule(i, this.measure) },
      { ALT: () => { const t = this.consume(i, Plain); return this.RECORDING_PHASE ? undefined : tok(t); } },
      { ALT: () => { const t = this.consume(i, Closer); return this.RECORDING_PHASE ? undefined : tok(t); } },
    ]);
  }

  private readonly line = this.RULE('line', (): LineNode => {
    const items: Item[] = [];
    this.ACTION(() => { this.label = undefined; });
    // A line is never empty: a label or a first element, then more elements.
    const first = this.OR(this.elements(1, true));
    this.ACTION(() => { if (first) items.push(first); });
    this.MANY(() => {
      const item = this.or(2, this.elements(2));
      if (!this.RECORDING_PHASE) items.push(item!);
    });
    return this.ACTION(() => {
      const labelNode = this.label ? tok(this.label) : null;
      const head = labelNode ?? items[0];
      const last = items.length > 0 ? items[items.length - 1] : labelNode;
      return { start: head ? head.start : 0, end: last ? last.end : 0, label: labelNode, items };
    });
  });

  private readonly group = this.RULE('group', (): GroupNode => {
    let open!: IToken;
    let close: IToken | undefined;
    const items: Item[] = [];
    let kind: 'bracket' | 'book' = 'bracket';
    this.OR([
      { ALT: () => { open = this.CONSUME(LParen); } },
      { ALT: () => { open = this.CONSUME(LBook); kind = 'book'; } },
    ]);
    this.MANY(() => {
      const item = this.or(2, this.inner());
      if (!this.RECORDING_PHASE) items.push(item!);
    });
    // A closer of the other kind ends this group unclosed and is left to the enclosing one.
    this.OPTION({
      GATE: () => this.LA(1).tokenType === (kind === 'book' ? RBook : RParen),
      DEF: () => { close = this.CONSUME(Closer); },
    });
    return this.ACTION(() => {
      const o = tok(open);
      const c = close ? tok(close) : null;
      const last = c ?? items[items.length - 1] ?? o;
      return { kind, open: o, close: c, items, start: o.start, end: last.end } as GroupNode;
    });
  });

  /** Inside a group: an element, but a closer ends the group. */
  private inner(): IOrAlt<Item | undefined>[] {
    return (this.alternatives[100] ??= [
      { ALT: () => this.subrule(3, this.group) },
      { ALT: () => this.subrule(3, this.measure) },
      { ALT: () => { const t = this.consume(3, Plain); return this.RECORDING_PHASE ? undefined : tok(t); } },
    ]);
  }

  private readonly measure = this.RULE('measure', (): MeasureNode => {
    const comparators: TokNode[] = [];
    let quantities: QuantityNode[] = [];
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const t = this.CONSUME(Comparator);
            if (!this.RECORDING_PHASE) comparators.push(tok(t));
          });
          // The lexer only emits a comparator before digits, but the digits may read as a year.
          this.OPTION({ GATE: () => this.LA(1).tokenType === NumberTok, DEF: () => { quantities = this.SUBRULE(this.quantities); } });
        },
      },
      { ALT: () => { quantities = this.SUBRULE2(this.quantities); } },
    ]);
    return this.ACTION(() => {
      const first = comparators[0] ?? quantities[0];
      const last = quantities.length > 0 ? quantities[quantities.length - 1] : comparators[comparators.length - 1];
      return { kind: 'measure', comparators, quantities, start: first.start, end: last.end };
    });
  });

  private readonly quantities = this.RULE('quantities', (): QuantityNode[] => {
    const list: QuantityNode[] = [];
    const first = this.SUBRULE(this.quantity);
    this.ACTION(() => list.push(first));
    this.MANY({
      GATE: () => this.LA(2).tokenType === NumberTok,
      DEF: () => {
        this.CONSUME(And);
        const next = this.SUBRULE2(this.quantity);
        this.ACTION(() => list.push(next));
      },
    });
    return list;
  });

  private readonly quantity = this.RULE('quantity', (): QuantityNode => {
    const value = this.CONSUME(NumberTok);
    let unit: IToken | undefined;
    let to: IToken | undefined;
    let toUnit: IToken | undefined;
    let post: IToken | undefined;
    this.OPTION(() => { unit = this.CONSUME(Unit); });
    this.OPTION2({
      GATE: () => this.LA(2).tokenType === NumberTok,
      DEF: () => {
        this.CONSUME(RangeSep);
        to = this.CONSUME2(NumberTok);
        this.OPTION3(() => { toUnit = this.CONSUME2(Unit); });
      },
    });
    this.OPTION4(() => { post = this.CONSUME(PostComparator); });
    return this.ACTION(() => {
      const node: QuantityNode = {
        value: tok(value),
        unit: unit ? tok(unit) : null,
        to: to ? tok(to) : null,
        toUnit: toUnit ? tok(toUnit) : null,
        post: post ? tok(post) : null,
        start: value.startOffset,
        end: 0,
      };
      node.end = (node.post ?? node.toUnit ?? node.to ?? node.unit ?? node.value).end;
      return node;
    });
  });
}

let instance: PlanParser | undefined;

/** The parser is built once (self-analysis costs ~15 ms) and reused for every document. */
function planParser(): PlanParser {
  instance ??= new PlanParser();
  return instance;
}

/**
 * Brackets nested deeper than this read as plain text: no plan nests ten deep, and a hostile
 * input of 10 000 （ must not exhaust the stack of a recursive-descent parser. Done on the token
 * stream, so that the grammar itself stays free of predicates (which slow every choice down).
 */
const MAX_GROUP_DEPTH = 32;

function flattenDeepGroups(tokens: IToken[]): void {
  let depth = 0;
  for (const t of tokens) {
    const type = t.tokenType;
    if (type === LParen || type === LBook) {
      if (++depth > MAX_GROUP_DEPTH) retype(t, Other);
    } else if (type === RParen || type === RBook) {
      if (depth-- > MAX_GROUP_DEPTH) retype(t, Other);
      if (depth < 0) depth = 0;
    } else if (type === Newline || type === InnerNewline) {
      depth = 0;
    }
  }
}

function retype(t: IToken, type: TokenType): void {
  t.tokenType = type;
  t.tokenTypeIdx = type.tokenTypeIdx!;
}

export interface ParseResult {
  lines: LineNode[];
  /** Always empty unless the grammar has a bug; kept so that a bug shows instead of hiding. */
  errors: string[];
}

export function parseTokens(tokens: IToken[]): ParseResult {
  const parser = planParser();
  flattenDeepGroups(tokens);
  parser.input = tokens;
  const lines = parser.document();
  const errors = parser.errors.map((e) => e.message);
  parser.input = [];
  return { lines, errors };
}

