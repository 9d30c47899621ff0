/** The language id the extension contributes (package.json contributes.languages). */
export const LANGUAGE_ID = 'policy-plan';
