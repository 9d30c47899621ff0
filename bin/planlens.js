#!/usr/bin/env node
'use strict';
// The command line is the esbuild bundle in dist/, built by `npm install` (the prepare script).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'planlens.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    `planlens: 找不到 ${path.relative(process.cwd(), bundle) || bundle}，请先运行 npm install（或 npm run build）/ not built yet: run npm install\n`,
  );
  process.exit(2);
}
require(bundle);
