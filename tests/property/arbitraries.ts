// fast-check arbitraries of workbook snapshots: random grids (anything a host could hand the engine) and
// table-like layouts (header words, two-row headers, merges, several tables per sheet, realistic cell texts).
import fc from "fast-check";
import { a1 } from "../../src/core/address";
import {
  META_SHEET,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/types";

export const ERROR_CODES = [
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
];

export const HEADER_WORDS = [
  "No",
  "No.",
  "Sasaran Strategis",
  "Sasaran",
  "Kegiatan",
  "Program",
  "Indikator Kinerja Utama",
  "Indikator",
  "IKU",
  "Satuan",
  "Target",
  "Target 2025",
  "Realisasi",
  "Realisasi Tahun 2025",
  "Triwulan I",
  "Triwulan II",
  "Triwulan III",
  "Triwulan IV",
  "TW 1",
  "TW IV",
  "Q3",
  "s.d. Triwulan IV",
  "Tahunan",
  "Capaian (%)",
  "Capaian",
  "Capaian Kinerja",
  "%",
  "Pagu",
  "Anggaran (Rp)",
  "Anggaran",
  "Realisasi Anggaran",
  "% Serapan",
  "Serapan",
  "Kinerja",
  "Rata-rata Capaian Tahun 2025 (%)",
  "Keterangan",
  "Polaritas",
  "Agregasi",
  "Jumlah",
  "Total",
  "Rata-rata",
  "Indicator",
  "Achievement",
  "Budget",
  "Quarter 2",
];

export const CELL_TEXTS = [
  "1.234 orang",
  "42.010",
  "35,17%",
  "Rp14.107.139.000,-",
  "Rp. 9.365.037.000",
  "75 Kasus 36%",
  "32 kasus 50%",
  "1,234.56",
  "7,022,542,000",
  "-",
  "–",
  "n/a",
  "N/A",
  "Baik (88)",
  "Baik",
  "Sangat Baik",
  "Kurang",
  "Cukup",
  "0,85",
  "92",
  "100%",
  "1.905 data",
  " ",
  "",
  "Jumlah",
  "Total",
  "Rata-rata Capaian IKU",
  "Negatif",
  "Positif",
  "kumulatif",
  "akhir",
  "rata-rata",
  "0",
  "1.2.3",
  "12,34,567",
  "1e5",
  "Infinity",
  "NaN",
  "=SUM(A1:A3)",
  "'quoted",
  '"double"',
  "Tabel II.1",
  "SISKOP2MI",
  "20 Orang",
  "s.d. TW IV",
  "#DIV/0!",
  "#REF!",
  "tidak ada data",
  "nihil",
  "50 persen",
  "↓",
  "x".repeat(300),
];

const weirdNumbers = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2,
  100,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  5e-324,
  1e-300,
  2 ** 53 + 1,
  NaN,
  Infinity,
  -Infinity
);

export const numberArb = fc.oneof(
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1000, max: 100000 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 2, noNaN: true }), weight: 2 },
  { arbitrary: weirdNumbers, weight: 2 }
);

export const textArb = fc.oneof(
  { arbitrary: fc.constantFrom(...CELL_TEXTS), weight: 4 },
  { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 }
);

export const errorArb = fc.oneof(
  fc.constantFrom(...ERROR_CODES).map((e) => ({ error: e })),
  fc.string({ maxLength: 6 }).map((e) => ({ error: e }))
);

export const cellArb: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: numberArb, weight: 4 },
  { arbitrary: textArb, weight: 4 },
  { arbitrary: errorArb, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 }
);

const letters = (col: number) => a1(0, col).replace(/\d+$/, "");

/** Merged ranges: valid ones inside the grid, reversed, whole-sheet, and nonsense strings. */
export const mergeArb = (rows: number, cols: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      arbitrary: fc
        .tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(4), fc.nat(4))
        .map(([r, c, h, w]) => `${a1(r, c)}:${a1(r + h, c + w)}`),
      weight: 6,
    },
    {
      arbitrary: fc
        .tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(4), fc.nat(4))
        .map(([r, c, h, w]) => `${a1(r + h, c + w)}:${a1(r, c)}`),
      weight: 1,
    },
    { arbitrary: fc.nat(cols).map((c) => `${letters(c)}1:${letters(c)}1048576`), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        "",
        "A0:B1",
        "A1:",
        ":B2",
        "$A$1:$B$2",
        "Sheet1!A1:B2",
        "ZZZZ1:A1",
        "A:A",
        "1:1",
        "A1:XFD1048576",
        "XFD1048576",
        "B2",
        "a1:b2",
        "A1:B2:C3",
        "💥"
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 10 }), weight: 1 }
  );

function sheetNameArb(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      arbitrary: fc.constantFrom(
        "Sheet1",
        "Capaian IKU 2025",
        "Capaian 'IKU' — 2025 ✓",
        "Anggaran & Realisasi",
        "Ringkasan",
        "'",
        "",
        " ",
        "A1",
        "R1C1",
        "日本語シート",
        "Σ"
      ),
      weight: 3,
    },
    { arbitrary: fc.string({ maxLength: 31 }), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 1 }
  );
}

const fmtArb = fc.constantFrom(
  "General",
  "0%",
  "0.00%",
  "#,##0",
  "@",
  "0.0%",
  '0"%"',
  "[Red]0%",
  "dd/mm/yyyy",
  "",
  "💥"
);
const formulaArb = fc.constantFrom(
  "=SUM(A1:A3)",
  "=1/0",
  "",
  "=A1",
  "='x y'!A1",
  "=#REF!",
  '="text"'
);

/** Rows (some missing), each ragged (holes), with matching or mismatching formulas / formats. */
export const gridSheetArb = (maxRows = 25, maxCols = 14): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      name: sheetNameArb(),
      values: fc.sparseArray(fc.sparseArray(cellArb, { maxLength: maxCols }), {
        maxLength: maxRows,
      }),
      formulas: fc.option(
        fc.sparseArray(fc.sparseArray(fc.option(formulaArb), { maxLength: maxCols }), {
          maxLength: maxRows,
        }),
        { freq: 3 }
      ),
      numberFormats: fc.option(
        fc.sparseArray(fc.sparseArray(fc.option(fmtArb), { maxLength: maxCols }), {
          maxLength: maxRows,
        }),
        { freq: 2 }
      ),
      merges: fc.option(fc.array(mergeArb(maxRows, maxCols), { maxLength: 8 }), { freq: 3 }),
      annotated: fc.option(
        fc.array(
          fc.tuple(fc.nat(maxRows), fc.nat(maxCols)).map(([r, c]) => a1(r, c)),
          { maxLength: 4 }
        )
      ),
      hidden: fc.option(fc.boolean()),
    })
    .map((s) => {
      const sheet: SheetSnapshot = { name: s.name, values: s.values as CellValue[][] };
      if (s.formulas) sheet.formulas = s.formulas as SheetSnapshot["formulas"];
      if (s.numberFormats) sheet.numberFormats = s.numberFormats as SheetSnapshot["numberFormats"];
      if (s.merges) sheet.merges = s.merges;
      if (s.annotated) sheet.annotated = s.annotated;
      if (s.hidden !== null) sheet.hidden = s.hidden;
      return sheet;
    });

/** Realistic cell contents of a table body. */
export const bodyCellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 50000 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1.5, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom(...CELL_TEXTS), weight: 3 },
  { arbitrary: fc.constantFrom(null, "-", ""), weight: 2 },
  { arbitrary: errorArb, weight: 1 },
  { arbitrary: numberArb, weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 }
);

export interface TableSpec {
  top: number;
  left: number;
  header1: (string | null)[];
  header2: (string | null)[] | null;
  rows: CellValue[][];
  mergeHeader: boolean;
  mergeFirstColumn: boolean;
  footer: string | null;
}

export const tableArb: fc.Arbitrary<TableSpec> = fc.record({
  top: fc.nat(4),
  left: fc.nat(4),
  header1: fc.array(fc.option(fc.constantFrom(...HEADER_WORDS), { freq: 6 }), {
    minLength: 2,
    maxLength: 11,
  }),
  header2: fc.option(
    fc.array(fc.option(fc.constantFrom(...HEADER_WORDS), { freq: 2 }), { maxLength: 11 }),
    { freq: 2 }
  ),
  rows: fc.array(fc.array(bodyCellArb, { maxLength: 12 }), { maxLength: 14 }),
  mergeHeader: fc.boolean(),
  mergeFirstColumn: fc.boolean(),
  footer: fc.option(fc.constantFrom("Jumlah", "Total", "Rata-rata Capaian", "Rata-rata")),
});

/** A sheet holding 1–3 tables one below the other, with title rows and junk around them. */
export const tableSheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: sheetNameArb(),
    title: fc.option(
      fc.constantFrom("Tabel II.1 Pengukuran Capaian Kinerja", "BP3MI — 2025", "Laporan Kinerja")
    ),
    tables: fc.array(tableArb, { minLength: 1, maxLength: 3 }),
    junk: fc.array(fc.tuple(fc.nat(60), fc.nat(16), cellArb), { maxLength: 6 }),
    percentFmt: fc.boolean(),
  })
  .map(({ name, title, tables, junk, percentFmt }) => {
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const merges: string[] = [];
    const set = (r: number, c: number, v: CellValue | undefined, fmt?: string) => {
      while (values.length <= r) {
        values.push([]);
        numberFormats.push([]);
      }
      values[r][c] = v === undefined ? null : v;
      if (fmt) numberFormats[r][c] = fmt;
    };
    let row = 0;
    if (title) {
      set(0, 0, title);
      row = 2;
    }
    for (const t of tables) {
      const top = row + t.top;
      t.header1.forEach((h, c) => set(top, t.left + c, h));
      let body = top + 1;
      if (t.header2) {
        t.header2.forEach((h, c) => set(top + 1, t.left + c, h));
        body = top + 2;
        if (t.mergeHeader) {
          // Parents with an empty cell to the right span their children; single headers span both rows.
          t.header1.forEach((h, c) => {
            if (h === null) return;
            let w = 0;
            while (c + w + 1 < t.header1.length && t.header1[c + w + 1] === null) w++;
            if (w > 0) merges.push(`${a1(top, t.left + c)}:${a1(top, t.left + c + w)}`);
            else if (!t.header2?.[c])
              merges.push(`${a1(top, t.left + c)}:${a1(top + 1, t.left + c)}`);
          });
        }
      }
      t.rows.forEach((cells, i) =>
        cells.forEach((v, c) =>
          set(
            body + i,
            t.left + c,
            v,
            percentFmt && typeof v === "number" && v <= 1.5 ? "0.00%" : undefined
          )
        )
      );
      if (t.mergeFirstColumn && t.rows.length >= 2)
        merges.push(`${a1(body, t.left)}:${a1(body + 1, t.left)}`);
      let end = body + t.rows.length;
      if (t.footer) {
        set(end, t.left, t.footer);
        end++;
      }
      row = end + 1;
    }
    for (const [r, c, v] of junk) set(r, c, v);
    for (let r = 0; r < values.length; r++)
      for (let c = 0; c < values[r].length; c++)
        if (values[r][c] === undefined) values[r][c] = null;
    return { name, values, numberFormats, merges };
  });

/** A meta sheet as a corrupted or foreign ownership record could leave it. */
export const metaSheetArb = (names: string[]): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      ranges: fc.array(
        fc.record({
          sheet: fc.constantFrom(...names, "elsewhere"),
          range: fc.oneof(mergeArb(20, 10), fc.constantFrom("A1", "K4:N4", "B2:B2")),
        }),
        { maxLength: 4 }
      ),
      sheets: fc.array(fc.constantFrom(...names, "Ringkasan"), { maxLength: 2 }),
      notes: fc.array(
        fc.record({
          sheet: fc.constantFrom(...names),
          cell: fc.constantFrom("A1", "C6", "zz", ""),
          kind: fc.constantFrom("note", "comment"),
        }),
        { maxLength: 3 }
      ),
      garbage: fc.boolean(),
      marker: fc.constantFrom("capaian-iku-ownership:v1", "capaian-iku-ownership:v1", "other"),
    })
    .map(({ ranges, sheets, notes, garbage, marker }) => {
      const json = garbage
        ? "{not json"
        : JSON.stringify({
            version: 1,
            ranges,
            sheets,
            notes,
            flaggedSheets: names.slice(0, 1),
            writtenAt: "2025-01-01T00:00:00Z",
          });
      return { name: META_SHEET, values: [[marker], [json]], hidden: true };
    });

/** Workbooks: random grids, table-like sheets, sometimes a meta sheet; sheet names unique. */
export const workbookArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    sheets: fc.array(
      fc.oneof({ arbitrary: gridSheetArb(), weight: 2 }, { arbitrary: tableSheetArb, weight: 3 }),
      { maxLength: 4 }
    ),
    meta: fc.option(fc.constant(true), { freq: 5 }),
    fileName: fc.option(fc.string({ maxLength: 12 })),
  })
  .chain(({ sheets, meta, fileName }) => {
    const seen = new Set<string>();
    const unique = sheets.filter(
      (s) => s.name !== META_SHEET && !seen.has(s.name) && (seen.add(s.name), true)
    );
    const base: WorkbookSnapshot = { sheets: unique };
    if (fileName !== null) base.fileName = fileName;
    if (!meta || unique.length === 0) return fc.constant(base);
    return metaSheetArb(unique.map((s) => s.name)).map((m) => ({
      ...base,
      sheets: [...unique, m],
    }));
  });
