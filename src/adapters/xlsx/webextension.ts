// The add-in's document settings in the package: the web-extension part Excel writes for a task-pane add-in.
// Read and written by splicing, like every other part here: only our <we:property> elements change, and every
// other add-in's part keeps its exact bytes.
//
// Layout ([MS-OWEXML], learn.microsoft.com/openspecs/office_standards/ms-owexml, 2.1.1 webextension, 5.1 schema;
// learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document):
//   _rels/.rels                      → Type …/office/2011/relationships/webextensiontaskpanes → taskpanes part
//   xl/webextensions/taskpanes.xml   <wetp:taskpanes><wetp:taskpane dockstate visibility width row>
//                                      <wetp:webextensionref r:id="rId1"/></wetp:taskpane>…
//   xl/webextensions/_rels/taskpanes.xml.rels → Type …/office/2011/relationships/webextension → webextension1.xml
//   xl/webextensions/webextension1.xml <we:webextension id="{instance}"><we:reference id="{manifest Id}" version
//                                      store storeType/><we:alternateReferences/><we:properties>
//                                      <we:property name value/>…</we:properties><we:bindings/><we:snapshot/>
//   [Content_Types].xml Overrides: application/vnd.ms-office.webextensiontaskpanes+xml, …webextension+xml
// A taskpane entry we create has visibility="0": Excel keeps the add-in's settings with the file without opening
// (or offering to install) the pane when the file opens (the doc above: "1" opens it on first open).
// The property values are the JSON of what settings.set stored (see src/core/document-record.ts).
import { parseRels, resolveTarget } from "../exceljs/zip-parts";
import { addOverride, addRelationship, freePath, relsOf, targetOf } from "./opc";
import { Package, type DeflateRaw } from "./package";
import {
  attrs,
  children,
  escapeXml,
  prefixOf,
  rootElement,
  splice,
  setAttr,
  type Element,
} from "./xml";

export const WEBEXT_REL = {
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
};
export const WEBEXT_CT = {
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webextension: "application/vnd.ms-office.webextension+xml",
};
const NS = {
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetp: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The add-in as a new webextension part names it (the manifest's <Id> and <Version>). */
export interface AddinRef {
  id: string;
  version: string;
}

/** "{3F6F…}" and "3f6f…" are the same id. */
function sameId(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/^\{|\}$/g, "")
      .toLowerCase();
  return norm(a) === norm(b);
}

/** The taskpanes part the package root points to, or null. */
function taskpanesPart(pkg: Package): string | null {
  const xml = pkg.text("_rels/.rels");
  const rel = xml
    ? parseRels(xml).find((r) => r.type === WEBEXT_REL.taskpanes && !r.external)
    : null;
  if (!rel) return null;
  const path = resolveTarget("", rel.target);
  return pkg.has(path) ? path : null;
}

/** Whether a webextension part is this add-in's: its reference (or an alternate reference) carries the id. */
function isOurs(xml: string, addinId: string): boolean {
  const root = rootElement(xml);
  for (const el of children(xml, root.openEnd, root.closeStart)) {
    if (el.local === "reference" && sameId(attrs(el.tag).id ?? "", addinId)) return true;
    if (el.local === "alternateReferences")
      for (const alt of children(xml, el.openEnd, el.closeStart))
        if (alt.local === "reference" && sameId(attrs(alt.tag).id ?? "", addinId)) return true;
  }
  return false;
}

/** This add-in's webextension part (reached from a taskpane, as Excel reaches it), or null. */
export function findAddinPart(pkg: Package, addinId: string): string | null {
  const panes = taskpanesPart(pkg);
  if (!panes) return null;
  for (const rel of relsOf(pkg, panes)) {
    if (rel.external || rel.type !== WEBEXT_REL.webextension) continue;
    const path = targetOf(panes, rel);
    const xml = pkg.text(path);
    if (xml !== null && isOurs(xml, addinId)) return path;
  }
  return null;
}

function propertiesOf(xml: string): Element | null {
  const root = rootElement(xml);
  return children(xml, root.openEnd, root.closeStart).find((e) => e.local === "properties") ?? null;
}

/** This add-in's document settings as stored: property name → value (the JSON text Office wrote). */
export function readAddinProperties(pkg: Package, addinId: string): Record<string, string> {
  const out: Record<string, string> = {};
  const part = findAddinPart(pkg, addinId);
  const xml = part ? pkg.text(part) : null;
  const props = xml ? propertiesOf(xml) : null;
  if (!xml || !props) return out;
  for (const el of children(xml, props.openEnd, props.closeStart)) {
    if (el.local !== "property") continue;
    const a = attrs(el.tag);
    if (a.name !== undefined && a.value !== undefined) out[a.name] = a.value;
  }
  return out;
}

function propertyXml(p: string, name: string, value: string): string {
  return `<${p}property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`;
}

/** The part with `props` set (null: removed); every other property, and every other byte, as it was. */
function withProperties(xml: string, props: Record<string, string | null>): string {
  const root = rootElement(xml);
  const p = prefixOf(root);
  const props0 = propertiesOf(xml);
  if (!props0) {
    // Schema order: reference, alternateReferences, properties, bindings, snapshot, extLst.
    const adds = Object.entries(props)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([n, v]) => propertyXml(p, n, v))
      .join("");
    if (!adds) return xml;
    const kids = children(xml, root.openEnd, root.closeStart);
    const before = [...kids]
      .reverse()
      .find((e) => /^(reference|alternateReferences)$/.test(e.local));
    const at = before ? before.end : root.openEnd;
    return splice(xml, at, at, `<${p}properties>${adds}</${p}properties>`);
  }
  let body = xml.slice(props0.openEnd, props0.closeStart);
  const left = new Map(Object.entries(props));
  // From the end, so earlier offsets stay valid.
  for (const el of children(body, 0, body.length).reverse()) {
    if (el.local !== "property") continue;
    const name = attrs(el.tag).name;
    if (name === undefined || !left.has(name)) continue;
    const value = left.get(name);
    left.delete(name);
    const next = value === null ? "" : setAttr(el.tag, "value", value as string);
    body = splice(body, el.start, el.end, next);
  }
  for (const [n, v] of left) if (v !== null) body += propertyXml(p, n, v);
  const open = props0.tag.endsWith("/>") ? props0.tag.replace(/\s*\/>$/, ">") : props0.tag;
  const close = props0.tag.endsWith("/>")
    ? `</${props0.name}>`
    : xml.slice(props0.closeStart, props0.end);
  return splice(xml, props0.start, props0.end, open + body + close);
}

function newWebextensionXml(addin: AddinRef, props: Record<string, string | null>): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([n, v]) => propertyXml("we:", n, v))
    .join("");
  // The instance id: the manifest's id in braces, as Microsoft's example writes it ("[ADD-IN ID PER MANIFEST]").
  // The reference names the add-in by the manifest's GUID; store "developer" / storeType "Registry" is the table's
  // row for a sideloaded add-in (the install this project documents). An existing part's reference is never changed
  // here: only a new part gets these.
  return (
    HEAD +
    `<we:webextension xmlns:we="${NS.we}" id="{${addin.id.toUpperCase()}}">` +
    `<we:reference id="${escapeXml(addin.id)}" version="${escapeXml(addin.version)}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${list}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${NS.r}"/></we:webextension>`
  );
}

/** A <wetp:taskpane> entry for the part behind `relId`, not shown when the file opens. */
function taskpaneXml(p: string, relId: string, row: number): string {
  return (
    `<${p}taskpane dockstate="right" visibility="0" width="350" row="${row}">` +
    `<${p}webextensionref xmlns:r="${NS.r}" r:id="${relId}"/></${p}taskpane>`
  );
}

/** The taskpanes part, created (with its root relationship and content type) when the package has none. */
function ensureTaskpanes(pkg: Package): string {
  const known = taskpanesPart(pkg);
  if (known) return known;
  const path = freePath(pkg, (n) =>
    n === 1 ? "xl/webextensions/taskpanes.xml" : `xl/webextensions/taskpanes${n}.xml`
  );
  pkg.setText(path, HEAD + `<wetp:taskpanes xmlns:wetp="${NS.wetp}"></wetp:taskpanes>`);
  addOverride(pkg, path, WEBEXT_CT.taskpanes);
  addRelationship(pkg, "", WEBEXT_REL.taskpanes, path);
  return path;
}

/**
 * Set this add-in's document settings (name → stored value; null removes one). Only these properties change; a
 * package without our web-extension part gets one (and the taskpanes part, relationships and content types it
 * needs). Other add-ins' parts keep their exact bytes.
 */
export function writeAddinProperties(
  pkg: Package,
  addin: AddinRef,
  props: Record<string, string | null>
): void {
  const ours = findAddinPart(pkg, addin.id);
  if (ours) {
    pkg.setText(ours, withProperties(pkg.text(ours) as string, props));
    return;
  }
  if (!Object.values(props).some((v) => v !== null)) return;
  const panes = ensureTaskpanes(pkg);
  const part = freePath(pkg, (n) => `xl/webextensions/webextension${n}.xml`);
  pkg.setText(part, newWebextensionXml(addin, props));
  addOverride(pkg, part, WEBEXT_CT.webextension);
  const relId = addRelationship(pkg, panes, WEBEXT_REL.webextension, part);
  const xml = pkg.text(panes) as string;
  const root = rootElement(xml);
  const p = prefixOf(root);
  const rows = children(xml, root.openEnd, root.closeStart)
    .filter((e) => e.local === "taskpane")
    .map((e) => Number(attrs(e.tag).row) || 0);
  const entry = taskpaneXml(p, relId, rows.length > 0 ? Math.max(...rows) + 1 : 1);
  const next = root.tag.endsWith("/>")
    ? splice(
        xml,
        root.start,
        root.end,
        root.tag.replace(/\s*\/>$/, ">") + entry + `</${root.name}>`
      )
    : splice(xml, root.closeStart, root.closeStart, entry);
  pkg.setText(panes, next);
}

/** The add-in's properties in .xlsx/.xlsm bytes. */
export function readAddinRecord(bytes: Uint8Array, addinId: string): Record<string, string> {
  return readAddinProperties(Package.open(bytes), addinId);
}

/** The bytes with the add-in's properties set; every other part keeps its exact bytes. */
export function writeAddinRecord(
  bytes: Uint8Array,
  addin: AddinRef,
  props: Record<string, string | null>,
  deflateRaw?: DeflateRaw
): Uint8Array {
  const pkg = Package.open(bytes);
  writeAddinProperties(pkg, addin, props);
  return pkg.touched().length === 0 ? bytes : pkg.toBytes(deflateRaw);
}
