// A sparse 2-D store (0-based) kept as plain arrays of rows: row arrays are created on first write,
// so a 100k-row column costs one array per row and bulk reads/writes stay O(cells).

export class Grid<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = v;
  }

  row(r: number): Array<T | undefined> {
    let row = this.rows[r];
    if (row === undefined) row = this.rows[r] = [];
    return row;
  }

  clearRect(r1: number, c1: number, r2: number, c2: number): void {
    const last = Math.min(r2, this.rows.length - 1);
    for (let r = r1; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const cl = Math.min(c2, row.length - 1);
      for (let c = c1; c <= cl; c++) row[c] = undefined;
    }
  }

  clear(): void {
    this.rows = [];
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array(n).fill(undefined));
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertCols(at: number, n: number): void {
    const pad = new Array(n).fill(undefined);
    for (const row of this.rows) if (row && at < row.length) row.splice(at, 0, ...pad);
  }

  deleteCols(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** Calls fn for every defined cell. */
  forEach(fn: (v: T, r: number, c: number) => void): void {
    const rows = this.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) fn(v, r, c);
      }
    }
  }
}
