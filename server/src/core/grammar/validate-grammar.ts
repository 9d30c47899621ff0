/**
 * The lexer and the parser built with all of chevrotain's checks on (pattern conflicts,
 * ambiguities, left recursion, first-character optimisation). A start-up skips them for speed;
 * the grammar test runs this instead, so a broken grammar still fails loudly.
 */
import { Lexer } from 'chevrotain';
import { PlanParser } from './parser';
import { lexerDefinition } from './tokens';

/** Throws on any grammar error chevrotain can detect. */
export function validateGrammar(): void {
  new Lexer(lexerDefinition, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: false });
  new PlanParser(false);
}
