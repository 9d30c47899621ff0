/**
 * One file for the index, start to finish: read through the input layer (text, PDF, Word, a web
 * page), analyse, turn into rows. Runs in the index's workers (or in-process for one job); never
 * throws — a file that cannot be read or analysed is a record with its message, stored as such.
 */
import { analyzePlan, type RuleConfig } from '../core';
import { readPlanSource } from '../input';
import { failedRecord, type PlanRecord } from './plan-record';
import { recordPlan } from './record-plan';

export interface IndexFileOptions {
  rules?: RuleConfig;
}

export async function indexFile(file: string, shownAs: string, options: IndexFileOptions = {}): Promise<PlanRecord> {
  const read = await readPlanSource(file);
  if ('error' in read) return failedRecord(shownAs, read.error, read.code);
  try {
    return recordPlan(shownAs, read, analyzePlan(read.text, { rules: options.rules }));
  } catch (e) {
    return failedRecord(shownAs, `分析失败 / analysis failed: ${(e as Error).message}`);
  }
}
