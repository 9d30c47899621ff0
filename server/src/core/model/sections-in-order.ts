/** Every section of an outline in document order (a chapter, then its sections, then the next chapter). */
import type { Section } from './types';

export function sectionsInOrder(outline: readonly Section[], into: Section[] = []): Section[] {
  for (const s of outline) {
    into.push(s);
    sectionsInOrder(s.children, into);
  }
  return into;
}
