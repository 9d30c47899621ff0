/** Which reader a file goes to: its bytes first, its name only where the bytes leave it open. */
import * as assert from 'node:assert/strict';
import { detectFormat } from '../../server/src/input/detect-format';

const bytes = (s: string | number[]) => (typeof s === 'string' ? Buffer.from(s, 'latin1') : Uint8Array.from(s));

describe('detectFormat', () => {
  it('signatures decide whatever the name: PDF (also after junk), zip, OLE2', () => {
    assert.equal(detectFormat(bytes('%PDF-1.7\n'), 'plan.txt'), 'pdf');
    assert.equal(detectFormat(bytes(`${' '.repeat(200)}%PDF-1.4\n`), 'x'), 'pdf');
    assert.equal(detectFormat(bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'plan.txt'), 'zip');
    assert.equal(detectFormat(bytes([0x50, 0x4b, 0x05, 0x06, 0, 0]), 'empty.docx'), 'zip');
    assert.equal(detectFormat(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'plan.wps'), 'ole2');
  });

  it('HTML by its markup, or by its name when it holds tags', () => {
    assert.equal(detectFormat(Buffer.from('\uFEFF<!DOCTYPE html><html>', 'utf8'), 'saved'), 'html');
    assert.equal(detectFormat(bytes('  <!-- saved from url=(0042)http://www.gov.cn/ -->\n<html lang="zh">'), 'x.txt'), 'html');
    assert.equal(detectFormat(bytes('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'), 'x'), 'html');
    assert.equal(detectFormat(bytes('<div><p>一、总体要求</p></div>'), 'page.htm'), 'html');
    assert.equal(detectFormat(Buffer.from('某市实施方案\n一、总体要求\n', 'utf8'), 'page.html'), 'text');
  });

  it('everything else is text (for the decoder to accept or refuse)', () => {
    assert.equal(detectFormat(Buffer.from('一、总体要求\n<b>强调</b>', 'utf8'), 'plan.txt'), 'text');
    assert.equal(detectFormat(new Uint8Array(0), 'empty.pdf'), 'text');
  });
});
