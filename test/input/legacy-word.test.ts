/**
 * Legacy .doc and .wps files: without LibreOffice, a message saying to save as .docx; with it (here
 * a stand-in `soffice` that writes a known .docx, since LibreOffice is not installed on every
 * machine), converted and read as a Word file, in a temporary folder that is removed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findOnPath, readLegacyWord, SAVE_AS_DOCX } from '../../server/src/input/legacy-word';
import { INPUT_FIXTURES, inputFixture, source } from './helpers';

describe('legacy Word and WPS files', function () {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-soffice-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A stand-in soffice: copies `docx` to <outdir>/input.docx, records its arguments. */
  function fakeSoffice(docx: string | null): string {
    const exe = path.join(dir, `soffice-${Math.random().toString(36).slice(2)}`);
    const log = `${exe}.args`;
    const body = docx
      ? `out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done; printf '%s\\n' "$@" > "${log}"; cp "${docx}" "$out/input.docx"`
      : `echo "Error: source file could not be loaded" >&2; exit 1`;
    fs.writeFileSync(exe, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return exe;
  }

  it('without LibreOffice: save it as .docx', async () => {
    assert.deepEqual(await readLegacyWord(inputFixture('legacy.doc'), 'plan.doc', null), { error: SAVE_AS_DOCX, code: 'legacy-word' });
  });

  it('with LibreOffice: converted headless with a profile of its own, read as Word, the temporary folder removed', async () => {
    const exe = fakeSoffice(path.join(INPUT_FIXTURES, 'national-2030.docx'));
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('planlens-doc-')).length;
    const r = source(await readLegacyWord(inputFixture('legacy.wps'), '计划.wps', exe));
    assert.equal(r.format, 'docx');
    assert.ok(r.text.startsWith('国务院关于印发2030年前碳达峰行动方案的通知\n'));
    assert.equal(r.warnings[0], '已用 LibreOffice 转换为 .docx 后读取 / converted to .docx with LibreOffice');
    const args = fs.readFileSync(`${exe}.args`, 'utf8').split('\n');
    assert.ok(args.includes('--headless') && args.includes('--convert-to') && args.includes('docx'));
    assert.ok(args.some((a) => a.startsWith('-env:UserInstallation=file://')));
    assert.ok(args.some((a) => a.endsWith('input.wps')));
    assert.equal(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('planlens-doc-')).length, before);
  });

  it('a conversion that fails says so, with LibreOffice’s reason', async () => {
    const r = await readLegacyWord(inputFixture('legacy.doc'), 'plan.doc', fakeSoffice(null));
    assert.ok('error' in r && r.error.startsWith(SAVE_AS_DOCX) && r.error.includes('source file could not be loaded'), JSON.stringify(r));
  });

  it('finds soffice or libreoffice on the PATH', () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'libreoffice'), '#!/bin/sh\n', { mode: 0o755 });
    assert.equal(findOnPath(['soffice', 'libreoffice'], ['/nonexistent', bin].join(path.delimiter)), path.join(bin, 'libreoffice'));
    assert.equal(findOnPath(['soffice'], bin), undefined);
  });
});
