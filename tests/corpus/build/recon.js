// Writes the reconstructed corpus (tests/corpus/recon/*.xlsx) and each file's expected values from the cell
// listings in ./files. Run: node tests/corpus/build/recon.js [id ...]. Deterministic: fixed dates, fixed data.
"use strict";
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { FIXED_DATE } = require("./lib");

const OUT = process.env.CORPUS_RECON_OUT || path.join(__dirname, "..", "recon");
const FILES = fs
  .readdirSync(path.join(__dirname, "files"))
  .filter((f) => f.endsWith(".js"))
  .sort();

async function main() {
  const only = process.argv.slice(2);
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of FILES) {
    const build = require(path.join(__dirname, "files", f));
    const book = build();
    if (only.length && !only.includes(book.id)) continue;
    const xlsx = path.join(OUT, `${book.id}.xlsx`);
    // Re-zip with fixed entry dates so the same listing always gives the same bytes.
    const raw = await book.wb.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(raw);
    const fixed = new JSZip();
    for (const name of Object.keys(zip.files).sort()) {
      const entry = zip.files[name];
      if (entry.dir) continue;
      let data = await entry.async("nodebuffer");
      for (const h of (book.hiddenValues || []).filter((x) => name === `xl/worksheets/sheet${x.index}.xml`)) {
        // ExcelJS writes a merged area's hidden cell as <c r="H6" s="7"/>; give it the stale value a copy left.
        const xml = data.toString("utf8");
        const re = new RegExp(`<c r="${h.addr}"( s="\\d+")?/>`);
        if (!re.test(xml)) throw new Error(`${book.id}: hidden cell ${h.addr} not found`);
        data = Buffer.from(xml.replace(re, (_, s) => `<c r="${h.addr}"${s || ""}><v>${h.value}</v></c>`), "utf8");
      }
      fixed.file(name, data, { date: FIXED_DATE, createFolders: false });
    }
    const bytes = await fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    fs.writeFileSync(xlsx, bytes);
    const expected = {
      file: `${book.id}.xlsx`,
      origin: "reconstruction",
      agency: book.agency,
      class: book.classes,
      format: book.format,
      tables: book.tables || [],
      values: book.values,
      anomalies: book.anomalies || [],
      tolerated: book.tolerated || [],
    };
    fs.writeFileSync(path.join(OUT, `${book.id}.expected.json`), JSON.stringify(expected, null, 2) + "\n");
    if (!process.env.CORPUS_RECON_QUIET)
      console.log(`${book.id}: ${book.values.length} values, ${(book.anomalies || []).length} anomalies`);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
