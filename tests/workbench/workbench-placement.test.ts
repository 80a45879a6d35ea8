// The workbench plans from the package read directly (issue 12), as the CLI's --out and remove do: a user's
// cross-sheet dropdown (x14 validation, which ExcelJS does not see) in the output's path is never written into,
// and a user's formatted empty cell under the output (vertical="center", which ExcelJS reads as "middle") is given
// back exactly on removal.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyzeWorkbook, buildRemovalPlan, buildWritePlan } from "../../src/core";
import { WorkbenchHost } from "../../src/workbench/workbench-host";
import { makeIkuWorkbook } from "../helpers/make-workbook";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const NOW = "2026-01-02T03:04:05.000Z";
/** The user's style: a solid fill and vertically centred text. */
const USER_XF =
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="center"/></xf>';

/**
 * The IKU workbook (its block lands on L4:O17 of "Capaian IKU", or N4:Q17 when it keeps clear of
 * M10) with the user's formatted empty N4 (a header cell of the block either way) and an x14 dropdown from another sheet on M10 (inside the block).
 */
async function userWorkbook(): Promise<Uint8Array> {
  const { bytes } = await makeIkuWorkbook({ rows: 12, seed: 7 });
  const files = unzipSync(bytes);
  for (const k of Object.keys(files)) if (k.endsWith("/")) delete files[k];
  let styles = strFromU8(files["xl/styles.xml"]);
  styles = styles
    .replace(
      /<fills count="2">([\s\S]*?)<\/fills>/,
      '<fills count="3">$1<fill><patternFill patternType="solid"><fgColor rgb="FFDDEEFF"/><bgColor indexed="64"/></patternFill></fill></fills>'
    )
    .replace(
      /<cellXfs count="4">([\s\S]*?)<\/cellXfs>/,
      `<cellXfs count="5">$1${USER_XF}</cellXfs>`
    );
  expect(styles).toContain(USER_XF);
  files["xl/styles.xml"] = strToU8(styles);
  let sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  sheet = sheet
    .replace(/(<row r="4"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="N4" s="4"/></row>')
    .replace(/<worksheet [^>]*>/, (t) => t.replace(">", ` xmlns:x14="${X14}" xmlns:xm="${XM}">`))
    .replace(
      "</worksheet>",
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">` +
        `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
        `<x14:formula1><xm:f>Anggaran!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>M10</xm:sqref>` +
        `</x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`
    );
  expect(sheet).toContain('<c r="N4" s="4"/>');
  files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  return zipSync(files);
}

function part(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes)[name]);
}

/** The XML of one cell of the IKU sheet (`<c r="M10" …/>` or `<c …>…</c>`), or null. */
function cellXml(bytes: Uint8Array, ref: string): string | null {
  const sheet = part(bytes, "xl/worksheets/sheet1.xml");
  return new RegExp(`<c r="${ref}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`).exec(sheet)?.[0] ?? null;
}

/** The cellXfs entry a cell's style index points at. */
function xfOf(bytes: Uint8Array, ref: string): string {
  const s = /\bs="(\d+)"/.exec(cellXml(bytes, ref) ?? "")?.[1] ?? "0";
  const styles = part(bytes, "xl/styles.xml");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![Number(s)];
}

test("a run and its removal in the workbench keep clear of the user's x14 dropdown and give back N4's format", async () => {
  const original = await userWorkbook();
  const host = new WorkbenchHost("id-ID");
  await host.open(original, "iku.xlsx");
  const snapshot = await host.readSnapshot();
  const plan = buildWritePlan(analyzeWorkbook(snapshot, {}), {
    capabilities: host.capabilities,
    lang: "id",
    summary: false,
    now: NOW,
  });
  await host.apply(plan, {});
  const written = await host.save();
  // The dropdown's cell holds nothing the add-in wrote; the block went around it.
  expect(cellXml(written, "M10")).toBeNull();
  expect(plan.ownership?.blocks.some((b) => b.sheet === "Capaian IKU")).toBe(true);
  // The block went right of the dropdown's column, and N4 took one of its headers.
  expect(plan.ownership?.blocks.find((b) => b.sheet === "Capaian IKU")?.range).toBe("N4:Q17");
  expect(cellXml(written, "N4")).not.toBe('<c r="N4" s="4"/>');

  await host.apply(buildRemovalPlan(await host.readSnapshot()), {});
  const removed = await host.save();
  expect(cellXml(removed, "M10")).toBeNull();
  expect(part(removed, "xl/styles.xml")).not.toContain("middle");
  // N4 empty again, with the user's own style: the same xf, attribute for attribute.
  expect(cellXml(removed, "N4")).toMatch(/^<c r="N4" s="\d+"\/>$/);
  const styles = part(removed, "xl/styles.xml");
  const xf = xfOf(removed, "N4");
  expect(xf).toContain('vertical="center"');
  const fillId = Number(/fillId="(\d+)"/.exec(xf)![1]);
  const fills = /<fills\b[^>]*>([\s\S]*?)<\/fills>/
    .exec(styles)![1]
    .match(/<fill\b[\s\S]*?<\/fill>/g)!;
  expect(fills[fillId]).toContain('rgb="FFDDEEFF"');
});
