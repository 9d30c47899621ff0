/**
 * The vscode-languageserver-node packages (server 10, protocol 3.18, jsonrpc 9/10, client 11)
 * declare their types only under package.json "exports", which the project's
 * `moduleResolution: "node"` does not read (and "node16" would break chevrotain's import). These
 * declarations point each bare specifier at the package's own typings, so the types are the
 * real ones; at run time Node and esbuild resolve the packages through "exports" as usual.
 */
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
