// xl/workbook.xml: the sheet list, sheet visibility, defined names and calcPr, edited in place.
import {
  CT,
  REL,
  addOverride,
  addRelationship,
  relsOf,
  removeRelationships,
  targetOf,
} from "./opc";
import type { Package } from "./package";
import {
  attrs,
  children,
  escapeXml,
  prefixOf,
  removeAttr,
  rootElement,
  setAttr,
  splice,
  type Element,
} from "./xml";

export const WORKBOOK = "xl/workbook.xml";

/** CT_Workbook child order (ECMA-376 Part 1, 18.2.27). */
const ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface SheetEntry {
  name: string;
  path: string;
  relId: string;
  state: string;
}

/** The workbook part's path (from the package's root relationships; xl/workbook.xml in practice). */
export function workbookPath(pkg: Package): string {
  const rel = relsOf(pkg, "").find((r) => r.type === REL.officeDocument);
  return rel ? targetOf("", rel) : WORKBOOK;
}

function top(xml: string): { root: Element; kids: Element[]; p: string } {
  const root = rootElement(xml);
  return { root, kids: children(xml, root.openEnd, root.closeStart), p: prefixOf(root) };
}

/** Insert a new child element where CT_Workbook's order puts it. */
function insertChild(xml: string, local: string, text: string): string {
  const { root, kids } = top(xml);
  const rank = ORDER.indexOf(local);
  const next = kids.find((k) => ORDER.indexOf(k.local) > rank);
  return splice(
    xml,
    next ? next.start : root.closeStart,
    next ? next.start : root.closeStart,
    text
  );
}

export function listSheets(pkg: Package, wbPath = WORKBOOK): SheetEntry[] {
  const xml = pkg.text(wbPath) ?? "";
  const rels = new Map(relsOf(pkg, wbPath).map((r) => [r.id, r]));
  const sheets = top(xml).kids.find((k) => k.local === "sheets");
  if (!sheets) return [];
  return children(xml, sheets.openEnd, sheets.closeStart)
    .filter((k) => k.local === "sheet")
    .map((k) => {
      const a = attrs(k.tag);
      const rel = rels.get(a["r:id"]);
      return {
        name: a.name,
        path: rel ? targetOf(wbPath, rel) : "",
        relId: a["r:id"],
        state: a.state ?? "visible",
      };
    });
}

/** Add a worksheet part (given its XML) at the end of the sheet list. */
export function addSheet(pkg: Package, name: string, sheetXml: string, wbPath = WORKBOOK): string {
  let n = 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  pkg.setText(path, sheetXml);
  addOverride(pkg, path, CT.worksheet);
  const relId = addRelationship(pkg, wbPath, REL.worksheet, path);
  const xml = pkg.text(wbPath) ?? "";
  const { kids, p } = top(xml);
  const sheets = kids.find((k) => k.local === "sheets");
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) =>
    Number(m[1])
  );
  const sheetId = Math.max(0, ...ids) + 1;
  const tag = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
  if (!sheets) pkg.setText(wbPath, insertChild(xml, "sheets", `<${p}sheets>${tag}</${p}sheets>`));
  else if (sheets.closeStart === sheets.openEnd)
    pkg.setText(wbPath, splice(xml, sheets.start, sheets.end, `<${p}sheets>${tag}</${p}sheets>`));
  else pkg.setText(wbPath, splice(xml, sheets.closeStart, sheets.closeStart, tag));
  return path;
}

export function setSheetState(
  pkg: Package,
  name: string,
  state: "visible" | "hidden" | "veryHidden",
  wbPath = WORKBOOK
): void {
  const xml = pkg.text(wbPath) ?? "";
  const sheets = top(xml).kids.find((k) => k.local === "sheets");
  if (!sheets) return;
  const el = children(xml, sheets.openEnd, sheets.closeStart).find(
    (k) => k.local === "sheet" && attrs(k.tag).name === name
  );
  if (!el) return;
  const tag = state === "visible" ? removeAttr(el.tag, "state") : setAttr(el.tag, "state", state);
  pkg.setText(wbPath, splice(xml, el.start, el.start + el.tag.length, tag));
}

/**
 * Remove a sheet from the list and its relationship; sheet-scoped defined names move with the indexes
 * (names scoped to the removed sheet go). The caller deletes the part tree.
 */
export function removeSheetEntry(pkg: Package, name: string, wbPath = WORKBOOK): SheetEntry | null {
  const list = listSheets(pkg, wbPath);
  const index = list.findIndex((s) => s.name === name);
  if (index < 0) return null;
  let xml = pkg.text(wbPath) ?? "";
  const { kids } = top(xml);
  const sheets = kids.find((k) => k.local === "sheets")!;
  const el = children(xml, sheets.openEnd, sheets.closeStart).filter((k) => k.local === "sheet")[
    index
  ];
  xml = splice(xml, el.start, el.end, "");
  xml = shiftLocalNames(xml, index);
  xml = fixBookView(xml, index, list.length - 1);
  pkg.setText(wbPath, xml);
  removeRelationships(pkg, wbPath, new Set([list[index].relId]));
  return list[index];
}

function shiftLocalNames(xml: string, removed: number): string {
  const names = top(xml).kids.find((k) => k.local === "definedNames");
  if (!names) return xml;
  const kids = children(xml, names.openEnd, names.closeStart).filter(
    (k) => k.local === "definedName"
  );
  for (const k of [...kids].reverse()) {
    const local = attrs(k.tag).localSheetId;
    if (local === undefined) continue;
    const i = Number(local);
    if (i === removed) xml = splice(xml, k.start, k.end, "");
    else if (i > removed)
      xml = splice(
        xml,
        k.start,
        k.start + k.tag.length,
        setAttr(k.tag, "localSheetId", String(i - 1))
      );
  }
  return dropEmpty(xml, "definedNames");
}

function dropEmpty(xml: string, local: string): string {
  const el = top(xml).kids.find((k) => k.local === local);
  if (el && children(xml, el.openEnd, el.closeStart).length === 0)
    return splice(xml, el.start, el.end, "");
  return xml;
}

/** activeTab/firstSheet must stay inside the list after a sheet went. */
function fixBookView(xml: string, removed: number, count: number): string {
  const views = top(xml).kids.find((k) => k.local === "bookViews");
  if (!views) return xml;
  for (const v of children(xml, views.openEnd, views.closeStart).reverse()) {
    const a = attrs(v.tag);
    let tag = v.tag;
    for (const key of ["activeTab", "firstSheet"]) {
      if (a[key] === undefined) continue;
      const i = Number(a[key]);
      const next = i > removed ? i - 1 : i >= count ? 0 : i;
      if (next !== i) tag = setAttr(tag, key, String(next));
    }
    if (tag !== v.tag) xml = splice(xml, v.start, v.start + v.tag.length, tag);
  }
  return xml;
}

/** Index of the active tab (0 when unknown). */
export function activeTab(pkg: Package, wbPath = WORKBOOK): number {
  const xml = pkg.text(wbPath) ?? "";
  const m = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(xml);
  return m ? Number(m[1]) : 0;
}

export function setActiveTab(pkg: Package, index: number, wbPath = WORKBOOK): void {
  const xml = pkg.text(wbPath) ?? "";
  const views = top(xml).kids.find((k) => k.local === "bookViews");
  const view = views && children(xml, views.openEnd, views.closeStart)[0];
  if (!view) return;
  const tag =
    index === 0 ? removeAttr(view.tag, "activeTab") : setAttr(view.tag, "activeTab", String(index));
  pkg.setText(wbPath, splice(xml, view.start, view.start + view.tag.length, tag));
}

/** Workbook-level defined names: add or replace `name` (hidden). */
export function setDefinedName(
  pkg: Package,
  name: string,
  refersTo: string,
  wbPath = WORKBOOK
): void {
  removeDefinedNames(pkg, new Set([name]), wbPath);
  const xml = pkg.text(wbPath) ?? "";
  const { kids, p } = top(xml);
  const tag = `<${p}definedName name="${escapeXml(name)}" hidden="1">${escapeXml(refersTo)}</${p}definedName>`;
  const names = kids.find((k) => k.local === "definedNames");
  if (!names)
    pkg.setText(
      wbPath,
      insertChild(xml, "definedNames", `<${p}definedNames>${tag}</${p}definedNames>`)
    );
  else pkg.setText(wbPath, splice(xml, names.closeStart, names.closeStart, tag));
}

/** Remove workbook-level (not sheet-scoped) defined names by name. */
export function removeDefinedNames(pkg: Package, remove: Set<string>, wbPath = WORKBOOK): void {
  if (remove.size === 0) return;
  const drop = new Set([...remove].map((n) => n.toLowerCase()));
  let xml = pkg.text(wbPath) ?? "";
  const names = top(xml).kids.find((k) => k.local === "definedNames");
  if (!names) return;
  const kids = children(xml, names.openEnd, names.closeStart);
  for (const k of [...kids].reverse()) {
    const a = attrs(k.tag);
    // Excel's names are case-insensitive.
    if (
      k.local === "definedName" &&
      a.localSheetId === undefined &&
      drop.has(a.name?.toLowerCase())
    )
      xml = splice(xml, k.start, k.end, "");
  }
  pkg.setText(wbPath, dropEmpty(xml, "definedNames"));
}

export function definedNames(
  pkg: Package,
  wbPath = WORKBOOK
): Array<{ name: string; refersTo: string }> {
  const xml = pkg.text(wbPath) ?? "";
  const names = top(xml).kids.find((k) => k.local === "definedNames");
  if (!names) return [];
  return children(xml, names.openEnd, names.closeStart).map((k) => ({
    name: attrs(k.tag).name,
    refersTo: xml.slice(k.openEnd, k.closeStart),
  }));
}

/** Ask Excel to recompute on open (written formulas carry the engine's results, Excel's own replace them). */
export function setFullCalcOnLoad(pkg: Package, wbPath = WORKBOOK): void {
  const xml = pkg.text(wbPath) ?? "";
  const { kids, p } = top(xml);
  const calc = kids.find((k) => k.local === "calcPr");
  if (!calc) pkg.setText(wbPath, insertChild(xml, "calcPr", `<${p}calcPr fullCalcOnLoad="1"/>`));
  else if (attrs(calc.tag).fullCalcOnLoad !== "1")
    pkg.setText(
      wbPath,
      splice(
        xml,
        calc.start,
        calc.start + calc.tag.length,
        setAttr(calc.tag, "fullCalcOnLoad", "1")
      )
    );
}
