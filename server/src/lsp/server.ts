/**
 * The language server's entry point (issue 3). Placeholder until the server lands: the command
 * line's `lsp` subcommand calls this.
 */
export function startServer(): void {
  process.stderr.write('planlens: the language server is not built yet\n');
  process.exitCode = 2;
}
