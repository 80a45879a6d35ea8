// Writes a transcribed table to .xlsx from a hand-typed cell listing, so the workbook mirrors the report's layout
// (merged headers, numbers or texts exactly as printed). Used by the per-file scripts beside it:
//   node tests/corpus/build/<id>.js       (writes tests/corpus/real/<id>.xlsx)
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");

/**
 * sheets: [{ name, rows: { <row>: [cell, …] from column A }, merges: ["A1:B2"], formats: { "E": "#,##0" },
 *            widths: { "B": 40 } }]
 * A cell is a number, a text, null (empty), or { v, f } (value with its own number format) or { formula, result }.
 */
async function writeListing(id, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "capaian-iku corpus (transcribed)";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [r, cells] of Object.entries(s.rows)) {
      cells.forEach((c, i) => {
        if (c === null || c === undefined) return;
        const cell = ws.getCell(Number(r), i + 1);
        const col = cell.address.replace(/[0-9]+$/, "");
        if (typeof c === "object" && "formula" in c) cell.value = { formula: c.formula, result: c.result };
        else if (typeof c === "object") {
          cell.value = c.v;
          if (c.f) cell.numFmt = c.f;
        } else cell.value = c;
        if (typeof cell.value === "number" && !cell.numFmt && s.formats && s.formats[col])
          cell.numFmt = s.formats[col];
      });
    }
    for (const m of s.merges || []) ws.mergeCells(m);
    for (const [col, w] of Object.entries(s.widths || {})) ws.getColumn(col).width = w;
  }
  const out = path.resolve(__dirname, "../real", `${id}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

module.exports = { writeListing };
