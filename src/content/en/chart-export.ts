/** Texts of the charts' export buttons (PNG image, CSV of the series shown, all series). */
export const chartExport = {
  exportPng: 'PNG',
  exportCsv: 'CSV',
  /** The PNG button's accessible name; {title} is the chart's title. */
  exportPngName: 'Save “{title}” as a PNG image',
  /** The CSV button's accessible name; {title} is the chart's title. */
  exportCsvName: 'Save the series of “{title}” as CSV',
  exportPngHelp: 'The chart as you see it, on a white background, with its title.',
  exportCsvHelp:
    'CSV (RFC 4180): comma-separated, a “step” column first, “.” as the decimal mark and full precision in every language. An empty cell: no value at that step; NaN: a value that was not a number. A spreadsheet set to German expects “;”: import the file as comma-separated with “.” as the decimal mark.',
  exportAll: 'All series (CSV)',
  exportAllHelp:
    'Every series recorded in this run (training and validation loss, accuracy, learning rate, …), one column each, one row per step. A long run’s series are kept downsampled (each stretch’s first, lowest, highest and last point), and so is the file.',
  exportFailed: 'Could not save the chart: {message}',
  exportNothingDrawn: 'it has nothing drawn yet.',
  exportCannotDraw: 'this browser could not draw it as an image.',
  exportNotEncoded: 'the image could not be encoded.',
};
