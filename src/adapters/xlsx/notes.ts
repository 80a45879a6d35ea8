// Notes as Excel stores them: a legacy comments part (the text) and a VML drawing (the yellow box), both reached
// from the sheet's relationships and <legacyDrawing>. A sheet's existing parts (the user's notes, the placeholders
// of threaded comments) are appended to, never rewritten.
import { a1, parseA1 } from "../../core";
import {
  CT,
  REL,
  addDefault,
  addOverride,
  addRelationship,
  deletePartTree,
  freePath,
  relsOf,
  removeRelationships,
  targetOf,
} from "./opc";
import type { Package } from "./package";
import type { Worksheet } from "./worksheet-xml";
import { NS_MAIN } from "./worksheet-xml";
import { attrs, children, escapeXml, prefixOf, rootElement, splice, textElement } from "./xml";

export const NOTE_AUTHOR = "Capaian IKU";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlXml(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}</xml>`
  );
}

function shapeXml(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;` +
    `width:144pt;height:79pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

interface NoteParts {
  comments: string | null;
  vml: string | null;
}

function partsOf(pkg: Package, sheetPath: string, ws: Worksheet): NoteParts {
  const rels = relsOf(pkg, sheetPath);
  const c = rels.find((r) => r.type === REL.comments);
  const legacyId = ws.relIdOf("legacyDrawing");
  const v = rels.find((r) => r.id === legacyId && r.type === REL.vmlDrawing);
  return { comments: c ? targetOf(sheetPath, c) : null, vml: v ? targetOf(sheetPath, v) : null };
}

/** VML blocks of 1024 shape ids each (o:idmap) must not collide across the workbook's VML parts. */
function freeIdmap(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!name.endsWith(".vml")) continue;
    for (const m of (pkg.text(name) ?? "").matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]+)"/g))
      for (const n of m[1].split(",")) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}

export function addNotes(
  pkg: Package,
  sheetPath: string,
  ws: Worksheet,
  notes: Array<{ cell: string; text: string }>
): void {
  if (notes.length === 0) return;
  let { comments, vml } = partsOf(pkg, sheetPath, ws);
  if (!comments) {
    comments = freePath(pkg, (n) => `xl/comments${n}.xml`);
    pkg.setText(
      comments,
      `${HEAD}<comments xmlns="${NS_MAIN}"><authors/><commentList/></comments>`
    );
    addOverride(pkg, comments, CT.comments);
    addRelationship(pkg, sheetPath, REL.comments, comments);
  }
  if (!vml) {
    vml = freePath(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    pkg.setText(vml, vmlXml(freeIdmap(pkg)));
    addDefault(pkg, "vml", CT.vml);
    const id = addRelationship(pkg, sheetPath, REL.vmlDrawing, vml);
    ws.setRelElement("legacyDrawing", id);
  }
  let cx = pkg.text(comments)!;
  const root = rootElement(cx);
  const p = prefixOf(root);
  // The author list: reuse ours, else append it.
  const kids = () => children(cx, rootElement(cx).openEnd, rootElement(cx).closeStart);
  let authors = kids().find((k) => k.local === "authors");
  if (!authors) {
    cx = splice(cx, rootElement(cx).openEnd, rootElement(cx).openEnd, `<${p}authors/>`);
    authors = kids().find((k) => k.local === "authors")!;
  }
  const names = children(cx, authors.openEnd, authors.closeStart).map((k) =>
    cx.slice(k.openEnd, k.closeStart)
  );
  let authorId = names.indexOf(escapeXml(NOTE_AUTHOR));
  if (authorId < 0) {
    authorId = names.length;
    const a = `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author>`;
    cx =
      authors.closeStart === authors.openEnd
        ? splice(cx, authors.start, authors.end, `<${p}authors>${a}</${p}authors>`)
        : splice(cx, authors.closeStart, authors.closeStart, a);
  }
  const list = kids().find((k) => k.local === "commentList");
  const added = notes
    .map(
      (n) =>
        `<${p}comment ref="${n.cell}" authorId="${authorId}"><${p}text><${p}r>` +
        `<${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/></${p}rPr>${textElement(p + "t", n.text)}</${p}r></${p}text></${p}comment>`
    )
    .join("");
  if (!list)
    cx = splice(
      cx,
      rootElement(cx).closeStart,
      rootElement(cx).closeStart,
      `<${p}commentList>${added}</${p}commentList>`
    );
  else if (list.closeStart === list.openEnd)
    cx = splice(cx, list.start, list.end, `<${p}commentList>${added}</${p}commentList>`);
  else cx = splice(cx, list.closeStart, list.closeStart, added);
  pkg.setText(comments, cx);

  let vx = pkg.text(vml)!;
  if (!vx.includes('id="_x0000_t202"')) vx = vx.replace(/<\/xml>\s*$/, SHAPETYPE + "</xml>");
  const idmap = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(vx)?.[1] ?? 1);
  let next = idmap * 1024;
  for (const m of vx.matchAll(/\bid="_x0000_s(\d+)"/g)) next = Math.max(next, Number(m[1]));
  const shapes = notes
    .map((n) => {
      const { row, col } = parseA1(n.cell);
      return shapeXml(++next, row, col);
    })
    .join("");
  const close = vx.lastIndexOf("</xml>");
  pkg.setText(vml, splice(vx, close, close, shapes));
}

/** Delete the notes on these cells; parts left without any note are deleted with their relationships. */
export function removeNotes(pkg: Package, sheetPath: string, ws: Worksheet, cells: string[]): void {
  if (cells.length === 0) return;
  const { comments, vml } = partsOf(pkg, sheetPath, ws);
  const want = new Set(cells.map((c) => c.replace(/\$/g, "").toUpperCase()));
  let commentsLeft = 1;
  if (comments && pkg.has(comments)) {
    let cx = pkg.text(comments)!;
    const root = rootElement(cx);
    const list = children(cx, root.openEnd, root.closeStart).find((k) => k.local === "commentList");
    if (list) {
      const all = children(cx, list.openEnd, list.closeStart);
      const gone = all.filter((k) => want.has((attrs(k.tag).ref ?? "").toUpperCase()));
      for (const k of [...gone].reverse()) cx = splice(cx, k.start, k.end, "");
      commentsLeft = all.length - gone.length;
      pkg.setText(comments, cx);
    }
  }
  let shapesLeft = 1;
  if (vml && pkg.has(vml)) {
    let vx = pkg.text(vml)!;
    vx = vx.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
      if (!/ObjectType="Note"/.test(shape)) return shape;
      const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
      const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
      if (row === undefined || col === undefined) return shape;
      const ref = a1(Number(row), Number(col));
      return want.has(ref) ? "" : shape;
    });
    shapesLeft = (vx.match(/<v:shape\b/g) ?? []).length;
    pkg.setText(vml, vx);
  }
  const rels = relsOf(pkg, sheetPath);
  const drop = new Set<string>();
  if (comments && commentsLeft === 0) {
    deletePartTree(pkg, comments, () => true);
    for (const r of rels) if (r.type === REL.comments) drop.add(r.id);
  }
  if (vml && shapesLeft === 0 && (commentsLeft === 0 || !comments)) {
    deletePartTree(pkg, vml, () => true);
    for (const r of rels)
      if (r.type === REL.vmlDrawing && targetOf(sheetPath, r) === vml) drop.add(r.id);
    ws.removeElement("legacyDrawing");
  }
  removeRelationships(pkg, sheetPath, drop);
}
