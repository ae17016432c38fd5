/**
 * A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record).
 * The project has no zip library among its dependencies, and the container is a few dozen
 * lines: every unzip tool, Python's zipfile and the file managers read it. An entry is stored
 * as it is (method 0), or DEFLATEd (method 8) when the caller brings its raw DEFLATE stream
 * (the page gets one from the browser's CompressionStream('deflate-raw')), so this module
 * stays synchronous and free of a compressor. Sizes must stay below 4 GiB (no Zip64).
 */

/** One entry: its path inside the archive ('/'-separated, UTF-8) and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Marks the file executable for unzip on Unix (mode 755), e.g. a script. */
  executable?: boolean;
  /** The bytes as a raw DEFLATE stream (RFC 1951); the entry is then stored compressed. */
  deflated?: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the zip and PNG checksum) of `bytes`, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of `when` (2-second resolution, from 1980). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/**
 * The bytes of a zip archive holding `entries` in order with their CRC-32: stored (method 0),
 * or DEFLATEd (method 8) for an entry that brings its `deflated` stream.
 * @throws RangeError for more than 65,535 entries, an archive of 4 GiB or more, or an empty
 * or duplicate path
 */
export function zipStore(entries: readonly ZipEntry[], modified = new Date()): Uint8Array {
  if (entries.length > 0xffff)
    throw new RangeError(`a zip without Zip64 holds at most 65,535 entries, not ${entries.length}`);
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  const { time, date } = dosDateTime(modified);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.path === '' || seen.has(entry.path))
      throw new RangeError(`a zip entry needs a path of its own, not "${entry.path}"`);
    seen.add(entry.path);
    const name = encoder.encode(entry.path);
    const crc = crc32(entry.bytes);
    const size = entry.bytes.length;
    const data = entry.deflated ?? entry.bytes;
    const method = entry.deflated ? 8 : 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true); // local file header
    local.setUint16(4, 20, true); // version needed: 2.0
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint16(8, method, true); // 0 stored, 8 deflated
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, 0x02014b50, true); // central directory header
    head.setUint16(4, (3 << 8) | 20, true); // made by: Unix, 2.0 (so the mode below counts)
    head.setUint16(6, 20, true);
    head.setUint16(8, 0x0800, true);
    head.setUint16(10, method, true);
    head.setUint16(12, time, true);
    head.setUint16(14, date, true);
    head.setUint32(16, crc, true);
    head.setUint32(20, data.length, true);
    head.setUint32(24, size, true);
    head.setUint16(28, name.length, true);
    head.setUint32(38, ((entry.executable ? 0o100755 : 0o100644) << 16) >>> 0, true);
    head.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + data.length;
    if (offset > 0xffffffff) throw new RangeError('a zip without Zip64 must stay below 4 GiB');
  }
  const centralSize = central.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); // end of central directory
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
