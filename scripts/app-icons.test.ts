import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng } from './app-icons.mjs';

/** The chunks of a PNG file: type and data, each checked against its CRC-32. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('the app icons', () => {
  it('encode as a valid RGB PNG that decodes to the drawn pixels', () => {
    const size = 48;
    const pixels = drawIcon(size);
    const png = encodePng(size, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0].data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([
      size,
      size,
      8,
      2,
      0,
      0,
      0,
    ]);
    const rows = inflateSync(parts[1].data);
    expect(rows.length).toBe(size * (1 + 3 * size));
    for (let y = 0; y < size; y++) {
      const row = rows.subarray(y * (1 + 3 * size), (y + 1) * (1 + 3 * size));
      expect(row[0]).toBe(0);
      expect(
        Buffer.compare(
          row.subarray(1),
          Buffer.from(pixels.subarray(y * 3 * size, (y + 1) * 3 * size)),
        ),
      ).toBe(0);
    }
  });

  it('draw only inside the safe zone of a maskable icon (the central circle of 80%)', () => {
    const size = 192;
    const pixels = drawIcon(size);
    const background = [...pixels.subarray(0, 3)];
    let drawn = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const rgb = [...pixels.subarray((y * size + x) * 3, (y * size + x) * 3 + 3)];
        if (rgb.every((v, c) => v === background[c])) continue;
        drawn++;
        const r = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) / size;
        expect(r, `drawn pixel (${x}, ${y})`).toBeLessThanOrEqual(0.4);
      }
    }
    // The curve, the axes and the dot cover a good part of the picture.
    expect(drawn / (size * size)).toBeGreaterThan(0.05);
  });
});
