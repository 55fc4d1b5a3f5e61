// What Range's setters accept, with the errors Apps Script gives otherwise: a 2D array of the
// range's own size (the messages as Apps Script words them), and the alignment names it knows.

export function dimsError(data: unknown, nr: number, nc: number): void {
  if (!Array.isArray(data))
    throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  if (data.length !== nr) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${nr}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row))
      throw new Error("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    if (row.length !== nc) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${nc}.`,
      );
    }
  }
}

export const H_ALIGN = new Set(['left', 'center', 'right', 'normal', 'general', 'general-left', 'general-right']);
export const V_ALIGN = new Set(['top', 'middle', 'bottom']);
