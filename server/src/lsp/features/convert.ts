/**
 * "Open as Plan", the server's half: the original read through the input layer, answered with the
 * plan text and where it goes. Writing the file is the client's (it asks before overwriting a
 * plan text the user has edited, and opens it in the editor).
 */
import { pathToFileURL } from 'node:url';
import { planTextContent, planTextPath, readPlanSource } from '../../input';
import type { ConvertParams, ConvertResult } from '../protocol';
import { uriToPath } from '../workspace-index';

export async function convertForEditor({ uri }: ConvertParams): Promise<ConvertResult> {
  const file = uriToPath(uri);
  if (!file) return { uri, error: '只能转换本机上的文件 / only local files can be converted', code: 'unsupported' };
  const read = await readPlanSource(file);
  if ('error' in read) return { uri, error: read.error, code: read.code };
  return {
    uri,
    target: pathToFileURL(planTextPath(file)).href,
    text: planTextContent(read.text),
    format: read.format,
    ...(read.pages !== undefined ? { pages: read.pages } : {}),
    warnings: read.warnings,
  };
}
