/**
 * `planlens lsp --stdio | --node-ipc | --socket=<port> | --pipe=<name>`: the language server, for
 * editors other than VS Code. The transport flags are left in process.argv, where the server's
 * connection reads them; --clientProcessId is accepted because LSP clients pass it.
 */
import type { Command } from 'commander';
import { UsageError } from '../usage-error';

interface LspFlags {
  stdio?: boolean;
  nodeIpc?: boolean;
  socket?: string;
  pipe?: string;
}

export function register(program: Command): void {
  program
    .command('lsp')
    .description('启动语言服务器 / start the language server')
    .option('--stdio', '通过标准输入输出通信 / talk over stdin and stdout')
    .option('--node-ipc', '通过 Node IPC 通信 / talk over Node IPC')
    .option('--socket <port>', '通过套接字通信 / talk over a socket')
    .option('--pipe <name>', '通过命名管道通信 / talk over a named pipe')
    .option('--clientProcessId <pid>', '客户端进程号 / the client’s process id (exit when it does)')
    // Clients add flags of their own over time; refusing them would stop the editor's server.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (flags: LspFlags) => {
      if (!flags.stdio && !flags.nodeIpc && flags.socket === undefined && flags.pipe === undefined) {
        throw new UsageError('请指定通信方式 / choose a transport: --stdio, --node-ipc, --socket=<port> or --pipe=<name>');
      }
      const { startServer } = await import('../../lsp/server');
      startServer();
    });
}
