/**
 * How a plan's file is named in the index: relative to the index's base folder (the database's
 * own folder unless the index was made with another) when inside it, with forward slashes — so a
 * folder of plans and its index can be moved or shared together — and absolute otherwise.
 */
import * as path from 'node:path';

export function storedPath(baseDir: string, file: string): string {
  const relative = path.relative(baseDir, file);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : path.resolve(file)).split(path.sep).join('/');
}

export function resolveStored(baseDir: string, stored: string): string {
  const native = stored.split('/').join(path.sep);
  return path.isAbsolute(native) ? native : path.join(baseDir, native);
}

/** The folder plan paths are stored relative to, from the `base` kept in the index's meta table. */
export function baseFolder(databaseFile: string, base: string): string {
  return path.resolve(path.dirname(path.resolve(databaseFile)), base);
}
