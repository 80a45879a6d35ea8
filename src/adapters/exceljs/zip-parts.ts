// Small helpers to read the OOXML parts of an .xlsx zip without a DOM or Node: the direct snapshot and the
// fix-ups after ExcelJS's load use them, and the package writer (src/adapters/xlsx) its XML escapes and rels.
import type JSZip from "jszip";

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(s: string): string {
  // One pass, and none when nothing needs escaping: the writer escapes every formula it writes (600,000 at
  // 200,000 rows), and five replace calls were five scans and four strings each.
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]) : s;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Attributes of one start tag (`<tag a="1" b='2'>`), unescaped; prefixes kept ("r:id"). */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** All start (or empty) tags named `name` in `xml`, e.g. tags(xml, "Relationship"). */
export function tags(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  return xml.match(re) ?? [];
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Rel[] {
  return tags(xml, "Relationship").map((t) => {
    const a = attrs(t);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === "External" };
  });
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return `${partPath.slice(0, i + 1)}_rels/${partPath.slice(i + 1)}.rels`;
}

/** Resolve a relative relationship target against the folder of the source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

export interface SheetPart {
  name: string;
  path: string;
}

/** Worksheet names (as shown in Excel) and their part paths, in workbook order. */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const wbXml = await readText(zip, "xl/workbook.xml");
  const relsXml = await readText(zip, "xl/_rels/workbook.xml.rels");
  if (!wbXml || !relsXml) return [];
  const rels = new Map(parseRels(relsXml).map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  for (const t of tags(wbXml, "sheet")) {
    const a = attrs(t);
    const rel = rels.get(a["r:id"]);
    if (rel && a.name !== undefined)
      out.push({ name: a.name, path: resolveTarget("xl/workbook.xml", rel.target) });
  }
  return out;
}
