// Draws images/icon.png (128×128), the marketplace icon: an outline of a plan (a heading and
// indented task lines) on a red card, under a lens. Plain Node (zlib) so that it needs nothing
// installed; 4×4 supersampling for smooth edges. Run: node scripts/editor/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const N = 128;
const S = 4; // samples per pixel side

const RED = [200, 30, 45];
const PAPER = [255, 250, 240];
const INK = [200, 30, 45];
const GREY = [120, 110, 105];
const LENS = [35, 45, 60];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

// Layers, painted in order: [test(x, y) → boolean, colour]
const layers = [
  [(x, y) => roundedRect(x, y, 4, 4, 124, 124, 22), RED],
  [(x, y) => roundedRect(x, y, 22, 16, 94, 112, 6), PAPER],
  // the heading and the task lines, indented like 一、 (一) 1.
  [(x, y) => roundedRect(x, y, 30, 26, 84, 34, 3), INK],
  [(x, y) => roundedRect(x, y, 36, 44, 80, 50, 3), GREY],
  [(x, y) => roundedRect(x, y, 42, 58, 84, 64, 3), GREY],
  [(x, y) => roundedRect(x, y, 42, 72, 74, 78, 3), GREY],
  [(x, y) => roundedRect(x, y, 36, 86, 66, 92, 3), GREY],
  // the lens: a ring and a handle
  [(x, y) => {
    const d = Math.hypot(x - 82, y - 80);
    return d >= 17 && d <= 25;
  }, LENS],
  [(x, y) => {
    // a thick segment from (99, 97) to (116, 114)
    const t = Math.max(0, Math.min(1, ((x - 99) * 17 + (y - 97) * 17) / (17 * 17 * 2)));
    return Math.hypot(x - (99 + 17 * t), y - (97 + 17 * t)) <= 6;
  }, LENS],
];

const raw = Buffer.alloc((N * 4 + 1) * N);
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) {
      for (let sx = 0; sx < S; sx++) {
        const x = px + (sx + 0.5) / S;
        const y = py + (sy + 0.5) / S;
        let c = null;
        for (const [test, colour] of layers) if (test(x, y)) c = colour;
        if (c) {
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
    }
    const n = S * S;
    const o = py * (N * 4 + 1) + 1 + px * 4;
    const cov = a / 255; // samples covered
    raw[o] = cov ? Math.round(r / cov) : 0;
    raw[o + 1] = cov ? Math.round(g / cov) : 0;
    raw[o + 2] = cov ? Math.round(b / cov) : 0;
    raw[o + 3] = Math.round(a / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${png.length} bytes`);
