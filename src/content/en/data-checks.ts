/**
 * Messages of the checks that a data set's numbers survive 32-bit floats and
 * standardization, and of the checks of a data set read back from storage.
 */
import type { DataCheckTexts } from '../types';

export const dataChecks: DataCheckTexts = {
  tooLarge: (at, cell, limit) =>
    `${at}: ${cell} is too large for the model, which computes with 32-bit floating-point numbers: use values between −${limit} and ${limit} (e.g. change the unit, thousands instead of ones).`,
  notFinite: (at, cell) =>
    `${at}: ${cell} is not a finite number. Replace it by a value, or remove the row.`,
  lostPrecision: (at, cell, rounded, remedy) =>
    `${at}: ${cell} becomes ${rounded} in 32-bit floating point, and the column's values differ by too little for that rounding: the model could not tell them apart. ${remedy}`,
  subtractOffset: (offset) =>
    `Subtract a common offset from the column (e.g. ${offset}) so that its differences show in the first digits.`,
  changeUnit:
    'Multiply the column by a power of ten (change the unit) so that its values are not so close to 0.',
  tinySpread: (column, spread, min) =>
    `Column '${column}': its values differ by only ${spread}, less than ${min}, too little for 32-bit floating point once standardized. Multiply the column by a power of ten (change the unit).`,
  constantTarget: (column, value) =>
    `Column '${column}' holds the same number (${value}) on every row: there is nothing to predict. Choose another column to predict.`,
  storedDamaged: (id, reason) =>
    `The data set ${id} stored in this browser cannot be used (${reason}); it is left in storage as it is. Load its CSV file again to see its problems line by line.`,
  exampleInstead: 'The run uses the example data instead.',
  storedShape: 'its arrays do not match its number of rows and columns',
  storedId: 'its content does not match its id',
  storedLabels: 'a class label is out of range',
};
