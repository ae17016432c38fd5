/**
 * The zip archive of an export, written by fflate (https://github.com/101arrowz/fflate): every
 * unzip tool, Python's zipfile and the file managers read it. An entry is stored as it is
 * (method 0), or DEFLATEd (method 8) when the caller brings its raw DEFLATE stream: the page
 * gets one from the browser's CompressionStream('deflate-raw'), which is native and runs off
 * the main thread, where fflate's own compressor would block the page for seconds on MNIST's
 * pixels (its asynchronous one starts workers from blob: URLs, which the page's
 * Content-Security-Policy refuses). So this module stays synchronous and free of a compressor.
 * Sizes must stay below 4 GiB (fflate writes no Zip64).
 */
import { Zip, ZipPassThrough } from 'fflate';

/** One entry: its path inside the archive ('/'-separated, UTF-8) and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Marks the file executable for unzip on Unix (mode 755), e.g. a script. */
  executable?: boolean;
  /** The bytes as a raw DEFLATE stream (RFC 1951); the entry is then stored compressed. */
  deflated?: Uint8Array;
}

/**
 * An entry whose DEFLATE stream was made elsewhere: fflate's documented way to bring one's own
 * compression, a ZipPassThrough that is pushed the original bytes (for their CRC-32 and size)
 * and emits the compressed ones.
 */
class PreDeflated extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array, final: boolean): void {
    // fflate only reads the chunk (types aside, a view of a SharedArrayBuffer would do as well).
    if (final) this.ondata(null, this.deflated as Uint8Array<ArrayBuffer>, true);
  }
}

/**
 * The bytes of a zip archive holding `entries` in order with their CRC-32: stored (method 0),
 * or DEFLATEd (method 8) for an entry that brings its `deflated` stream; `modified` is every
 * entry's time (MS-DOS time, 2-second resolution).
 * @throws RangeError for more than 65,535 entries, or an empty or duplicate path
 */
export function zipStore(entries: readonly ZipEntry[], modified = new Date()): Uint8Array {
  if (entries.length > 0xffff)
    throw new RangeError(`a zip without Zip64 holds at most 65,535 entries, not ${entries.length}`);
  const seen = new Set<string>();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    if (entry.path === '' || seen.has(entry.path))
      throw new RangeError(`a zip entry needs a path of its own, not "${entry.path}"`);
    seen.add(entry.path);
    const file = entry.deflated
      ? new PreDeflated(entry.path, entry.deflated)
      : new ZipPassThrough(entry.path);
    file.mtime = modified;
    file.os = 3; // Unix, so that the mode below counts
    file.attrs = (entry.executable ? 0o100755 : 0o100644) << 16;
    zip.add(file);
    file.push(entry.bytes, true);
  }
  zip.end();
  // Every entry was pushed whole and synchronously, so the archive is complete here.
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
