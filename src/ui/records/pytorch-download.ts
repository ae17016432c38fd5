/**
 * Turns the engine's answer to "Export as PyTorch" into a download: the project's files
 * (`data/pytorch-export`), zipped, saved through the browser. The page only triggers it; the
 * files come from the pure generator.
 */
import { ExportRefused, type ExportRefusal } from '../../data/pytorch-export/support';
import {
  buildPyTorchProject,
  projectFileName,
  zipProject,
} from '../../data/pytorch-export/project';
import type { PyTorchExportInput } from '../../data/pytorch-export/types';
import { downloadBytes } from './download';

/** Where an export stands, as the page shows it. */
export type PyTorchExportState =
  | { status: 'preparing' }
  | { status: 'done'; fileName: string; bytes: number }
  | { status: 'refused'; refusal: ExportRefusal }
  | { status: 'failed'; message: string };

/** Builds the project of `input`, saves it as a zip and says how that went (never throws). */
export function downloadPyTorchProject(input: PyTorchExportInput): PyTorchExportState {
  try {
    const zip = zipProject(buildPyTorchProject(input));
    const fileName = projectFileName(input);
    downloadBytes(fileName, zip, 'application/zip');
    return { status: 'done', fileName, bytes: zip.length };
  } catch (e) {
    if (e instanceof ExportRefused) return { status: 'refused', refusal: e.refusal };
    return { status: 'failed', message: (e as Error).message };
  }
}
