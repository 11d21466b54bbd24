import { crc32, deflateSync } from 'node:zlib';

/**
 * The images a pass needs (Wallet refuses a pass without `icon.png`, shown in notifications and
 * on the lock screen): squares in the shop's colour at 1×, 2× and 3×. Drawn here rather than
 * shipped, since the colour is each shop's own.
 */
export function passImages(hexColor: string): Record<string, Buffer> {
  const rgb = hexRgb(hexColor);
  return {
    'icon.png': solidPng(29, rgb),
    'icon@2x.png': solidPng(58, rgb),
    'icon@3x.png': solidPng(87, rgb),
  };
}

/** One square of `size` pixels in the colour (e.g. a 660 px logo for Google Wallet). */
export function passImage(hexColor: string, size: number): Buffer {
  return solidPng(size, hexRgb(hexColor));
}

/** `#7a3e2b` → `[122, 62, 43]`. */
export function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** A size×size truecolour PNG of one colour (RFC 2083: signature, IHDR, IDAT, IEND). */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
