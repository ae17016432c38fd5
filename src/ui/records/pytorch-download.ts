/**
 * Turns the engine's answer to "Export as PyTorch" into a download: the project's files
 * (`data/pytorch-export`), DEFLATEd by the browser's CompressionStream where that makes a file
 * smaller (MNIST's pixels shrink about tenfold), zipped and saved. The page only triggers it;
 * the files come from the pure generator.
 */
import { ExportRefused, type ExportRefusal } from '../../data/pytorch-export/support';
import {
  buildPyTorchProject,
  projectFileName,
  zipProject,
} from '../../data/pytorch-export/project';
import type { ProjectFile, PyTorchExportInput } from '../../data/pytorch-export/types';
import { formatLocale } from '../viz/format';
import { downloadBytes } from './download';

/** Where an export stands, as the page shows it. */
export type PyTorchExportState =
  | { status: 'preparing' }
  | { status: 'done'; fileName: string; bytes: number }
  | { status: 'refused'; refusal: ExportRefusal }
  | { status: 'failed'; message: string };

/** The raw DEFLATE stream of `bytes` (RFC 1951), from the browser's own compressor. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Each file's DEFLATE stream where it is smaller than the file; none without CompressionStream. */
async function deflatedFiles(files: readonly ProjectFile[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (typeof CompressionStream !== 'function') return out;
  for (const f of files) {
    const d = await deflateRaw(f.bytes);
    if (d.length < f.bytes.length) out.set(f.path, d);
  }
  return out;
}

/** Builds the project of `input`, saves it as a zip and says how that went (never rejects). */
export async function downloadPyTorchProject(
  input: PyTorchExportInput,
): Promise<PyTorchExportState> {
  try {
    // The README in the page's language; code and data are the same in every language.
    const files = buildPyTorchProject(input, formatLocale());
    const zip = zipProject(files, new Date(), await deflatedFiles(files));
    const fileName = projectFileName(input);
    downloadBytes(fileName, zip, 'application/zip');
    return { status: 'done', fileName, bytes: zip.length };
  } catch (e) {
    if (e instanceof ExportRefused) return { status: 'refused', refusal: e.refusal };
    return { status: 'failed', message: (e as Error).message };
  }
}
