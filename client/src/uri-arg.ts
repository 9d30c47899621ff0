/**
 * A command argument as a URI: a vscode.Uri (menus pass one), a URI string, or a file path
 * (tasks and tests pass one). Windows drive paths (C:\…) are paths, not URIs with scheme "c".
 */
import * as vscode from 'vscode';

export function asUri(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v === 'string' && v !== '') return /^[a-z][a-z0-9+.-]+:/i.test(v) && !/^[a-z]:[\\/]/i.test(v) ? vscode.Uri.parse(v) : vscode.Uri.file(v);
  return undefined;
}
