/**
 * How a file is named in every output format: relative to the working directory when inside it
 * (what a terminal or CI annotation can open), absolute otherwise, always with forward slashes so
 * that output is the same on every platform.
 */
import * as path from 'node:path';

export function displayPath(file: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}
