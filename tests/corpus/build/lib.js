// Tiny cell-listing toolkit for the reconstructed corpus: every workbook is typed cell by cell in recon.js,
// and its expected values are worked out by hand-written arithmetic on the typed cells (never by the engine).
"use strict";
const ExcelJS = require("exceljs");

const FIXED_DATE = new Date(Date.UTC(2025, 0, 31, 8, 0, 0));

function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colLetters(n) {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function split(addr) {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error("bad address " + addr);
  return { col: colNum(m[1]), row: Number(m[2]) };
}

/** id-ID text number as exports write it: "10.701.893.800,00", "(438.593.210,00)", "95,90", "-" → 0. */
function parseId(text) {
  if (typeof text === "number") return text;
  let t = String(text).trim();
  if (t === "-" || t === "") return 0;
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/\./g, "").replace(",", ".");
  const v = Number(t);
  if (!Number.isFinite(v)) throw new Error("not a number: " + text);
  return neg ? -v : v;
}

/** 1234567.5 → "1.234.567,50" (2 decimals), as SIPD exports print amounts. */
function fmtId(v, decimals = 2) {
  const neg = v < 0;
  const abs = Math.abs(v);
  const fixed = abs.toFixed(decimals);
  const [int, dec] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const s = dec ? `${grouped},${dec}` : grouped;
  return neg ? `(${s})` : s;
}

class Book {
  constructor(id) {
    this.id = id;
    this.wb = new ExcelJS.Workbook();
    this.wb.creator = "capaian-iku corpus (reconstruction)";
    this.wb.lastModifiedBy = "capaian-iku corpus (reconstruction)";
    this.wb.created = FIXED_DATE;
    this.wb.modified = FIXED_DATE;
    this.values = [];
    this.sheets = {};
  }
  sheet(name) {
    const ws = this.wb.addWorksheet(name);
    const s = new Sheet(this, ws);
    this.sheets[name] = s;
    return s;
  }
}

class Sheet {
  constructor(book, ws) {
    this.book = book;
    this.ws = ws;
    this.name = ws.name;
    this.typed = new Map(); // address -> number as a person reads it (text parsed, formula result)
  }
  /** spec: number | string | null | { v, f, fmt, b, wrap } ; f without "=" */
  set(addr, spec) {
    if (spec === null || spec === undefined || spec === "") return; // blank in the sheet, not an empty string
    const cell = this.ws.getCell(addr);
    const o = typeof spec === "object" ? spec : { v: spec };
    if (o.f === undefined && o.v === "") return;
    if (o.f !== undefined) {
      const result = o.r !== undefined ? o.r : this.evaluate(o.f);
      cell.value = { formula: o.f, result };
      this.typed.set(addr, result);
    } else {
      cell.value = o.v;
      if (typeof o.v === "number") this.typed.set(addr, o.v);
      else if (typeof o.v === "string" && /^[(]?[\d.]+(,\d+)?[)]?$|^-$/.test(o.v.trim()))
        this.typed.set(addr, parseId(o.v));
    }
    if (o.n !== undefined) this.typed.set(addr, o.n); // a text cell a person reads as this number
    if (o.fmt) cell.numFmt = o.fmt;
    if (o.b) cell.font = { bold: true };
    if (o.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  }
  /** Writes an array of specs from `startCol` along `row`; per-column defaults from `fmts` ({C: "#,##0"}). */
  row(r, specs, opts = {}) {
    const start = colNum(opts.from || "A");
    specs.forEach((spec, i) => {
      if (spec === null || spec === undefined) return;
      const letter = colLetters(start + i);
      let o = typeof spec === "object" ? { ...spec } : { v: spec };
      if (opts.fmts && opts.fmts[letter] && !o.fmt && (typeof o.v === "number" || o.f)) o.fmt = opts.fmts[letter];
      if (opts.b) o.b = true;
      this.set(`${letter}${r}`, o);
    });
  }
  merge(range, spec) {
    if (spec !== undefined) this.set(range.split(":")[0], spec);
    this.ws.mergeCells(range);
  }
  width(widths) {
    for (const [letter, w] of Object.entries(widths)) this.ws.getColumn(letter).width = w;
  }
  num(addr) {
    if (!this.typed.has(addr)) throw new Error(`${this.name}!${addr} holds no number`);
    return this.typed.get(addr);
  }
  /** Cached results for the formulas staff type: SUM(A1:B2), + - * / and cell references. */
  evaluate(formula) {
    let expr = formula.replace(/SUM\(([A-Z]+\d+):([A-Z]+\d+)\)/g, (_, a, b) => {
      const p = split(a);
      const q = split(b);
      let s = 0;
      for (let r = p.row; r <= q.row; r++)
        for (let c = p.col; c <= q.col; c++) {
          const ad = colLetters(c) + r;
          if (this.typed.has(ad)) s += this.typed.get(ad);
        }
      return `(${s})`;
    });
    expr = expr.replace(/\b([A-Z]+\d+)\b/g, (ad) => `(${this.typed.has(ad) ? this.typed.get(ad) : 0})`);
    if (!/^[\d\s().+\-*/eE]+$/.test(expr)) throw new Error("cannot evaluate " + formula);
    // eslint-disable-next-line no-new-func
    return Function(`"use strict"; return (${expr});`)();
  }
}

module.exports = { Book, Sheet, parseId, fmtId, colNum, colLetters, FIXED_DATE };

// ---- expectations: hand arithmetic on the typed cells ------------------------------------------------------
const round6 = (x) => Math.round(x * 1e6) / 1e6;

Book.prototype.value = function (sheet, row, kind, value, tol) {
  const e = { sheet: sheet.name, row, kind, value: round6(value) };
  if (tol !== undefined) e.tol = tol;
  this.values.push(e);
  return value;
};
/** realisasi ÷ pagu (serapan) or realisasi ÷ target (capaian) of two typed cells; neg: 2 − R/T. */
Book.prototype.ratio = function (sheet, row, kind, numAddr, denAddr, opts = {}) {
  const n = sheet.num(numAddr);
  const d = sheet.num(denAddr);
  if (d === 0) throw new Error(`${this.id}: ${denAddr} is zero`);
  const r = opts.neg ? 2 - n / d : n / d;
  return this.value(sheet, row, kind, r, opts.tol);
};
Book.prototype.anomaly = function (sheet, cell, rules, why) {
  (this.anomalies = this.anomalies || []).push({ sheet: sheet.name, cell, rules, why });
};
Book.prototype.tolerate = function (sheet, cell, rules) {
  (this.tolerated = this.tolerated || []).push({ sheet: sheet.name, cell, rules });
};
/** A stale number left in a merged area's hidden cell (top-left holds the shown value); written into the XML. */
Book.prototype.hidden = function (sheet, addr, value) {
  const index = this.wb.worksheets.indexOf(sheet.ws) + 1;
  (this.hiddenValues = this.hiddenValues || []).push({ index, addr, value });
};
Book.prototype.table = function (sheet, kind, headerRow) {
  (this.tables = this.tables || []).push({ sheet: sheet.name, kind, headerRow });
};

module.exports.round6 = round6;

/** Guards the hand-typed listings: parent = Σ children unless the difference is a planted discrepancy. */
Sheet.prototype.sumIs = function (parentAddr, childAddrs, planted = false, tol = 0.5) {
  const p = this.num(parentAddr);
  const s = childAddrs.reduce((a, c) => a + this.num(c), 0);
  const ok = Math.abs(p - s) < tol;
  if (ok === planted)
    throw new Error(`${this.name}!${parentAddr}: ${p} vs Σ ${s} (${planted ? "planted but equal" : "typo"})`);
};
