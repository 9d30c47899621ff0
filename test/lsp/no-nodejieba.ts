/**
 * Preloaded into the language server's process (`node --require`) by a protocol test: nodejieba
 * cannot be resolved, as in a host whose Node the native addon was not built for.
 */
import Module = require('node:module');

const M = Module as unknown as { _resolveFilename: (this: unknown, request: string, ...rest: unknown[]) => string };
const original = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'nodejieba') {
    throw Object.assign(new Error("Cannot find module 'nodejieba' (hidden by the test)"), { code: 'MODULE_NOT_FOUND' });
  }
  return original.call(this, request, ...rest);
};
