/**
 * The problems of a CSV file (src/data/csv.ts) and of learning a chosen column from it
 * (src/data/own-data.ts), each after the place it comes from: `at` is a {@link csv.at}.
 */
export const csv = {
  /** Where a value is: "Line 4, column 'price'" (a row of drawn points has no file line). */
  at: (line: number, column: string) => `Line ${line}, column '${column}'`,
  atRow: (row: number, column: string) => `row ${row}, column '${column}'`,
  atColumn: (column: string) => `Column '${column}'`,
  quote: (text: string) => `'${text}'`,
  more: (count: string) => `… and ${count} more like these.`,
  longCell: (start: string, length: string) => `'${start}…' (${length} characters)`,
  empty: 'The file is empty.',
  drawnPoints: 'Drawn points',
  tooFewPoints: (count: number, min: number) =>
    `${count} ${count === 1 ? 'point' : 'points'} drawn: draw at least ${min}, so that some can be held out for validation.`,
  noPointOfClass: (label: number) =>
    `No point of class ${label} yet: a classifier needs examples of both classes.`,
  otherDelimiter: (delimiter: string) =>
    `The file uses ${delimiter} between values, not commas. Save it as CSV with commas (,) between values, e.g. x1,x2,class.`,
  unclosedName: (line: number) => `Line ${line}: a quoted name is not closed (missing ").`,
  oneColumn: (line: number, name: string) =>
    `Line ${line} names only one column ('${name}'): a data set needs at least one input column and a target column, separated by commas.`,
  tooManyColumns: (count: number, max: number) =>
    `The file has ${count} columns; at most ${max} are supported (input columns plus the target).`,
  noHeader: (line: number, numbers: string, header: string) =>
    `Line ${line} holds numbers (${numbers}…), but the first line must name the columns. Add a header line such as ${header}.`,
  unnamedColumn: (line: number, column: number) => `Line ${line}: column ${column} has no name.`,
  duplicateName: (line: number, name: string) =>
    `Line ${line}: the column name '${name}' appears twice.`,
  noRows: 'The file has a header line but no rows of data.',
  tooManyRows: (count: string, max: string) =>
    `The file has ${count} rows of data; at most ${max} are supported. Use a sample of the rows.`,
  unclosedValue: (line: number) => `Line ${line}: a quoted value is not closed (missing ").`,
  wrongLength: (line: number, count: number, expected: number, columns: string) =>
    `Line ${line}: ${count} ${count === 1 ? 'value' : 'values'}, expected ${expected} (${columns}).`,
  missingValue: (at: string) => `${at}: the value is missing.`,
  missingMarker: (at: string, cell: string) =>
    `${at}: '${cell}' marks a missing value. Fill it in or remove the row.`,
  noTargetColumn: (column: number) => `There is no column ${column} to predict.`,
  tooFewRows: (count: number, min: number) =>
    `The data has ${count} ${count === 1 ? 'row' : 'rows'}; use at least ${min}, so that some can be held out for validation.`,
  notANumber: (at: string, cell: string, isTarget: boolean) =>
    `${at}: ${cell} is not a number${isTarget ? ' (for text classes, choose classification)' : ''}.`,
  oneClass: (column: string, name: string) =>
    `The class column '${column}' holds one class ('${name}') on every row: a classifier needs examples of at least two classes.`,
  tooManyClasses: (column: string, count: number, max: number) =>
    `The class column '${column}' has ${count} different values; at most ${max} classes are supported. If it is a number to predict, choose regression.`,
};
