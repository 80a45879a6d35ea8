// Relationships and content types of the package (Open Packaging Conventions), edited by splicing.
import { EMPTY_RELS, parseRels, relsPathOf, resolveTarget, type Rel } from "../exceljs/zip-parts";
import type { Package } from "./package";
import { attrs, escapeXml, rootElement } from "./xml";

export { relsPathOf, resolveTarget, type Rel };

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
};

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
};

/** Relationships of a part (none when it has no rels part). */
export function relsOf(pkg: Package, part: string): Rel[] {
  const xml = pkg.text(relsPathOf(part));
  return xml ? parseRels(xml) : [];
}

export function targetOf(part: string, rel: Rel): string {
  return resolveTarget(part, rel.target);
}

/** Relative target from the folder of `from` to `to` (both package paths). */
function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Add a relationship from `part` to `target` (a package path) and return its id. */
export function addRelationship(pkg: Package, part: string, type: string, target: string): string {
  const path = relsPathOf(part);
  const xml = pkg.text(path) ?? EMPTY_RELS;
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  const root = rootElement(xml);
  const next =
    root.closeStart === root.openEnd && root.tag.endsWith("/>")
      ? xml.slice(0, root.start) +
        root.tag.replace(/\s*\/>$/, ">") +
        rel +
        `</${root.name}>` +
        xml.slice(root.end)
      : xml.slice(0, root.closeStart) + rel + xml.slice(root.closeStart);
  pkg.setText(path, next);
  return id;
}

/** Remove relationships of `part` by id; a rels part left empty goes. */
export function removeRelationships(pkg: Package, part: string, ids: Set<string>): void {
  const path = relsPathOf(part);
  const xml = pkg.text(path);
  if (!xml || ids.size === 0) return;
  const next = xml.replace(
    /<Relationship(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>(?:<\/Relationship>)?/g,
    (tag) => (ids.has(attrs(tag).Id) ? "" : tag)
  );
  if (/<(?:\w+:)?Relationship\b/.test(next)) pkg.setText(path, next);
  else pkg.delete(path);
}

/** Declare a part's content type (Override), once. */
export function addOverride(pkg: Package, part: string, contentType: string): void {
  const xml = pkg.text("[Content_Types].xml") ?? "";
  if (xml.includes(`PartName="/${part}"`)) return;
  const root = rootElement(xml);
  const o = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  pkg.setText(
    "[Content_Types].xml",
    xml.slice(0, root.closeStart) + o + xml.slice(root.closeStart)
  );
}

/** Declare a Default content type for an extension (vml), once. */
export function addDefault(pkg: Package, ext: string, contentType: string): void {
  const xml = pkg.text("[Content_Types].xml") ?? "";
  if (new RegExp(`<Default[^>]*Extension="${ext}"`, "i").test(xml)) return;
  const root = rootElement(xml);
  const d = `<Default Extension="${ext}" ContentType="${contentType}"/>`;
  pkg.setText("[Content_Types].xml", xml.slice(0, root.openEnd) + d + xml.slice(root.openEnd));
}

export function removeOverride(pkg: Package, part: string): void {
  const xml = pkg.text("[Content_Types].xml") ?? "";
  const next = xml.replace(/<Override(?=[\s/>])[^>]*>(?:<\/Override>)?/g, (tag) =>
    attrs(tag).PartName === "/" + part ? "" : tag
  );
  pkg.setText("[Content_Types].xml", next);
}

/** A free part path from a pattern ("xl/charts/chart{n}.xml"). */
export function freePath(pkg: Package, pattern: (n: number) => string): string {
  let n = 1;
  while (pkg.has(pattern(n))) n++;
  return pattern(n);
}

/** Delete a part, its relationships part, its content type, and (recursively) the parts only it pointed to. */
export function deletePartTree(pkg: Package, part: string, keep: (path: string) => boolean): void {
  if (!pkg.has(part)) return;
  for (const rel of relsOf(pkg, part)) {
    if (rel.external) continue;
    const target = targetOf(part, rel);
    if (!keep(target)) deletePartTree(pkg, target, keep);
  }
  pkg.delete(part);
  if (pkg.has(relsPathOf(part))) pkg.delete(relsPathOf(part));
  removeOverride(pkg, part);
}

/** Every internal relationship target in the package, with the part pointing to it. */
export function allTargets(pkg: Package): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const name of pkg.names()) {
    if (!name.endsWith(".rels")) continue;
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = m[1] + m[2];
    for (const rel of parseRels(pkg.text(name) ?? "")) {
      if (!rel.external) out.push({ from: source, to: resolveTarget(source, rel.target) });
    }
  }
  return out;
}
