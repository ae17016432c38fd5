/**
 * The "PNG" / "CSV" buttons of a chart: the chart as a PNG image ({@link chartPng}) and the
 * series it shows as CSV ({@link seriesCsv}'s format), saved through the browser's download.
 * Placed in a chart's caption; each button's accessible name names the chart.
 */
import { type RefObject, useState } from 'react';
import { fill } from '../../content';
import { useTexts } from '../locale';
import { downloadBytes, downloadText } from '../records/download';
import type { UiKey } from '../../content/en/ui';
import { type ChartLegendItem, chartPng, ChartPngError, type ChartPngProblem } from './chart-png';
import { exportFileName } from './csv';

export interface ChartExportProps {
  /** The element holding the chart's canvas or svg (its largest one is saved). */
  target: RefObject<HTMLElement | null>;
  /** The chart's title: in the image, the file names and the buttons' names. */
  title: string;
  /** The CSV of the series shown, built when the button is pressed; no CSV button without it. */
  csv?: () => string;
  /** The legend drawn into the image beside the title (a canvas chart's legend is HTML). */
  legend?: readonly ChartLegendItem[];
  /** The files' base name (default: from the title, e.g. `loss`). */
  fileName?: string;
  /**
   * Save every canvas inside `target` as one picture, where each is on screen, at 2×: for
   * heatmaps (few pixels scaled up) and grids of images (see `chartPng`).
   */
  picture?: boolean;
}

/**
 * CSV text as a download (UTF-8, no byte order mark: the headers are ASCII series names, and
 * Python's csv module would keep a mark as part of the first header).
 */
export function saveCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}

/** The catalogue's sentence for each reason an image could not be saved. */
const PROBLEMS: Record<ChartPngProblem, UiKey> = {
  nothingDrawn: 'exportNothingDrawn',
  cannotDraw: 'exportCannotDraw',
  notEncoded: 'exportNotEncoded',
};

export function ChartExport({ target, title, csv, legend, fileName, picture }: ChartExportProps) {
  const ui = useTexts().ui;
  const [error, setError] = useState<string | null>(null);
  const base = fileName ?? exportFileName(title, '').slice(0, -1);
  const savePng = async () => {
    setError(null);
    try {
      const el = target.current;
      if (!el) throw new ChartPngError('nothingDrawn');
      const blob = await chartPng(el, title, legend, picture);
      downloadBytes(`${base}.png`, new Uint8Array(await blob.arrayBuffer()), 'image/png');
    } catch (e) {
      const message =
        e instanceof ChartPngError
          ? ui[PROBLEMS[e.problem]]
          : e instanceof Error
            ? e.message
            : String(e);
      setError(fill(ui.exportFailed, { message }));
    }
  };
  return (
    <span className="chart-export">
      <button
        type="button"
        aria-label={fill(ui.exportPngName, { title })}
        title={ui.exportPngHelp}
        onClick={() => void savePng()}
      >
        {ui.exportPng}
      </button>
      {csv && (
        <button
          type="button"
          aria-label={fill(ui.exportCsvName, { title })}
          title={ui.exportCsvHelp}
          onClick={() => saveCsv(`${base}.csv`, csv())}
        >
          {ui.exportCsv}
        </button>
      )}
      {error && (
        <span className="chart-export-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
