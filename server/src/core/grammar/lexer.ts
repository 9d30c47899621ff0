/**
 * The lexer, built once per process and reused (building it analyses every pattern).
 */
import { Lexer, type ILexingResult } from 'chevrotain';
import { lexerDefinition } from './tokens';

let instance: Lexer | undefined;

export function planLexer(): Lexer {
  instance ??= new Lexer(lexerDefinition, {
    // Offsets are enough: lines and columns are derived on demand (and cost 2.5x the memory).
    positionTracking: 'onlyOffset',
    // Fail at start-up, not silently at run time, if a pattern loses the first-char optimisation.
    ensureOptimizations: true,
    // Checked by the grammar test (validateGrammar): ~8 ms saved at every start.
    skipValidations: true,
  });
  return instance;
}

/** Lexes normalised text. Never fails: unknown characters become `Other` tokens. */
export function lexPlan(normalized: string): ILexingResult {
  return planLexer().tokenize(normalized);
}
