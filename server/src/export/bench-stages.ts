/** Formatting and Export to Word, for `npm run bench` only (bundled to dist/bench/format-export-stages.js). */
export { analyzePlan, formatPlan } from '../core';
export { exportDocx } from './export-docx';
