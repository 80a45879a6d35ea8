// Prints a workbook cell by cell (value, number format, formula) to review a reconstruction by eye.
"use strict";
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  for (const ws of wb.worksheets) {
    console.log(`== ${ws.name} merges ${(ws.model.merges || []).join(" ")}`);
    ws.eachRow((row, rn) => {
      const cells = [];
      row.eachCell((c) => {
        if (c.isMerged && c.master !== c) return;
        const v = c.value;
        const shown = v && typeof v === "object" && "formula" in v ? `${v.result}{=${v.formula}}` : JSON.stringify(v);
        cells.push(`${c.address}=${shown}${c.numFmt ? `[${c.numFmt}]` : ""}`);
      });
      console.log(rn + " " + cells.join(" | "));
    });
  }
})();
