// The user's own Excel between two runs, simulated: open the file, edit it, save it. ExcelJS edits and saves here
// as a test tool standing in for the user's spreadsheet program; the add-in itself writes only through the
// package writer (src/adapters/xlsx). What ExcelJS cannot carry through a save the way Excel does is put back:
// - the workbook-level defined names (ExcelJS keeps them cell by cell and cannot mark one hidden): the names read
//   at load (moved by the structural edits of structural-edits.ts, as Excel moves them) are written back, ours
//   hidden, as Excel keeps them.
// Known losses of this simulation, not Excel's: charts (ExcelJS drops them on save). No test reads a chart after
// a user's edit.
import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook } from "../../src/adapters/exceljs";
import { workbookNames } from "../../src/adapters/exceljs/names";
import { attrs, escapeXml } from "../../src/adapters/exceljs/zip-parts";
import { NAME_PREFIX } from "../../src/core";

const DEFINED_NAME = /<definedName(?=[\s>])([^>]*?)(?:\/>|>[\s\S]*?<\/definedName>)/g;

/** The workbook's bytes as the user's Excel saves them. */
export async function saveAsUser(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const ours = (workbookNames(wb) ?? []).filter((n) => n.name.startsWith(NAME_PREFIX));
  let xml = strFromU8(files["xl/workbook.xml"]);
  // Whatever ExcelJS wrote under our prefix goes; the names as the user's Excel holds them come back.
  xml = xml
    .replace(DEFINED_NAME, (whole, attr: string) =>
      (attrs(`<definedName${attr}>`).name ?? "").startsWith(NAME_PREFIX) ? "" : whole
    )
    .replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/g, "");
  const mine = ours
    .map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}" hidden="1">${escapeXml(n.refersTo)}</definedName>`
    )
    .join("");
  if (mine)
    xml = xml.includes("</definedNames>")
      ? xml.replace("</definedNames>", `${mine}</definedNames>`)
      : xml.replace("</sheets>", `</sheets><definedNames>${mine}</definedNames>`);
  files["xl/workbook.xml"] = strToU8(xml);
  return zipSync(files);
}

/** Open `bytes` in the user's Excel, make `edit`, save. */
export async function editAsUser(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>
): Promise<Uint8Array> {
  const wb = await loadWorkbook(bytes);
  await edit(wb);
  return saveAsUser(wb);
}
