// xl/styles.xml as a registry: derive a cell format (base xf + the add-in's style) and append it once, add the
// flags' differential formats, and find the xf that carries a given user format. Existing entries are never
// changed or renumbered: a new entry is appended and the containers' count attributes follow.
import { flagColors, type CellStyle, type ConditionalFlag } from "../../core";
import type { Package } from "./package";
import {
  attrs,
  children,
  escapeXml,
  prefixOf,
  rootElement,
  setAttr,
  splice,
  type Element,
} from "./xml";

/** Host-neutral cell formatting (same shape as WritePlan v2's CellFormat). */
export interface CellFormat {
  numFmt?: string;
  fill?: string;
  font?: {
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string;
    size?: number;
    name?: string;
  };
  border?: Partial<Record<"top" | "left" | "bottom" | "right", { style: string; color?: string }>>;
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
}

/** The add-in's cell styles (docs/ARCHITECTURE.md, "WritePlan semantics"). */
const CELL_STYLES: Record<CellStyle, CellFormat> = {
  header: {
    font: { bold: true },
    fill: "#E8F1FB",
    alignment: { wrapText: true, vertical: "center" },
  },
  computed: { fill: "#F3F8EE" },
  summaryTitle: { font: { bold: true, size: 14 } },
  summaryLabel: { font: { bold: true } },
  summaryValue: {},
  link: { font: { color: "#0563C1", underline: true } },
};

/** Built-in number formats that need no <numFmt> (ECMA-376 Part 1, 18.8.30). */
const BUILTIN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];
const CONTAINERS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];
/** CT_Stylesheet child order, to create a missing container in its place. */
const ORDER = [...CONTAINERS, "tableStyles", "colors", "extLst"];

interface Container {
  /** Children as written (existing ones are never changed). */
  items: string[];
  added: string[];
}

const argb = (hex: string) => "FF" + hex.replace(/^#/, "").toUpperCase();
const hexOf = (rgb: string | undefined) =>
  rgb && rgb.length >= 6 ? "#" + rgb.slice(-6).toUpperCase() : undefined;

export class StyleSheet {
  private readonly lists = new Map<string, Container>();
  private readonly derived = new Map<string, number>();
  /** forWrite's answers by base xf, style, number format (nested maps: no key string made per written cell). */
  private readonly writes = new Map<
    number,
    Map<CellStyle | undefined, Map<string | undefined, number>>
  >();
  private readonly p: string;
  private xml: string;

  constructor(
    private readonly pkg: Package,
    private readonly path: string
  ) {
    this.xml =
      pkg.text(path) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const root = rootElement(this.xml);
    this.p = prefixOf(root);
    const kids =
      root.closeStart > root.openEnd ? children(this.xml, root.openEnd, root.closeStart) : [];
    for (const name of CONTAINERS) {
      const el = kids.find((k) => k.local === name);
      const items = el
        ? children(this.xml, el.openEnd, el.closeStart).map((c) => this.xml.slice(c.start, c.end))
        : [];
      this.lists.set(name, { items, added: [] });
    }
    if (this.list("cellXfs").items.length === 0) this.seedDefaults();
  }

  /** A styles part without the defaults Excel requires gets them (fonts/fills/borders/xf 0). */
  private seedDefaults(): void {
    const p = this.p;
    if (this.list("fonts").items.length === 0)
      this.append("fonts", `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
    if (this.list("fills").items.length === 0) {
      this.append("fills", `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.append("fills", `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    if (this.list("borders").items.length === 0)
      this.append(
        "borders",
        `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`
      );
    this.append("cellXfs", `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private list(name: string): Container {
    return this.lists.get(name)!;
  }

  private all(name: string): string[] {
    const l = this.list(name);
    return [...l.items, ...l.added];
  }

  private append(name: string, item: string): number {
    const l = this.list(name);
    l.added.push(item);
    return l.items.length + l.added.length - 1;
  }

  /** Index of an identical entry, or of the appended one. */
  private intern(name: string, item: string): number {
    const i = this.all(name).indexOf(item);
    return i >= 0 ? i : this.append(name, item);
  }

  numFmtId(code: string): number {
    // Only the built-ins every locale shows the same way; the others are written as custom formats.
    for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 49]) if (BUILTIN[id] === code) return id;
    let max = 163;
    for (const item of this.all("numFmts")) {
      const a = attrs(item);
      if (a.formatCode === code) return Number(a.numFmtId);
      max = Math.max(max, Number(a.numFmtId));
    }
    this.append(
      "numFmts",
      `<${this.p}numFmt numFmtId="${max + 1}" formatCode="${escapeXml(code)}"/>`
    );
    return max + 1;
  }

  private numFmtCode(id: number): string | undefined {
    for (const item of this.all("numFmts")) {
      const a = attrs(item);
      if (Number(a.numFmtId) === id) return a.formatCode;
    }
    return BUILTIN[id];
  }

  private font(base: string | undefined, f: NonNullable<CellFormat["font"]>): string {
    const p = this.p;
    const parts = new Map<string, string>();
    const extra: string[] = [];
    if (base) {
      const el = rootElement(base);
      for (const k of children(base, el.openEnd, el.closeStart)) {
        const text = base.slice(k.start, k.end);
        if (FONT_ORDER.includes(k.local)) parts.set(k.local, text);
        else extra.push(text);
      }
    }
    if (f.bold !== undefined) f.bold ? parts.set("b", `<${p}b/>`) : parts.delete("b");
    if (f.italic !== undefined) f.italic ? parts.set("i", `<${p}i/>`) : parts.delete("i");
    if (f.underline !== undefined) f.underline ? parts.set("u", `<${p}u/>`) : parts.delete("u");
    if (f.size !== undefined) parts.set("sz", `<${p}sz val="${f.size}"/>`);
    if (f.color !== undefined) parts.set("color", `<${p}color rgb="${argb(f.color)}"/>`);
    if (f.name !== undefined) parts.set("name", `<${p}name val="${escapeXml(f.name)}"/>`);
    const body = FONT_ORDER.map((k) => parts.get(k) ?? "").join("") + extra.join("");
    return `<${p}font>${body}</${p}font>`;
  }

  private border(b: NonNullable<CellFormat["border"]>): string {
    const p = this.p;
    const side = (name: "left" | "right" | "top" | "bottom") => {
      const x = b[name];
      if (!x) return `<${p}${name}/>`;
      const color = x.color ? `<${p}color rgb="${argb(x.color)}"/>` : "";
      return color
        ? `<${p}${name} style="${escapeXml(x.style)}">${color}</${p}${name}>`
        : `<${p}${name} style="${escapeXml(x.style)}"/>`;
    };
    return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
  }

  private solidFill(hex: string): string {
    const p = this.p;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** Base xf with `f` laid over it; appended once, reused after (an identical existing xf is reused too). */
  derive(baseXf: number, f: CellFormat): number {
    const key = baseXf + "|" + JSON.stringify(f);
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xfs = this.all("cellXfs");
    const base = xfs[baseXf] ?? xfs[0];
    const el = rootElement(base);
    let tag = el.tag.replace(/\s*\/>$/, ">");
    let body = el.closeStart > el.openEnd ? base.slice(el.openEnd, el.closeStart) : "";
    const a = attrs(el.tag);
    if (f.numFmt !== undefined) {
      tag = setAttr(
        setAttr(tag, "numFmtId", String(this.numFmtId(f.numFmt))),
        "applyNumberFormat",
        "1"
      );
    }
    if (f.font) {
      const fonts = this.all("fonts");
      const id = this.intern("fonts", this.font(fonts[Number(a.fontId ?? 0)], f.font));
      tag = setAttr(setAttr(tag, "fontId", String(id)), "applyFont", "1");
    }
    if (f.fill) {
      const id = this.intern("fills", this.solidFill(f.fill));
      tag = setAttr(setAttr(tag, "fillId", String(id)), "applyFill", "1");
    }
    if (f.border) {
      const id = this.intern("borders", this.border(f.border));
      tag = setAttr(setAttr(tag, "borderId", String(id)), "applyBorder", "1");
    }
    if (f.alignment) {
      const p = this.p;
      const kids = children(body, 0, body.length);
      const old = kids.find((k) => k.local === "alignment");
      let al = old ? old.tag.replace(/\s*\/?>$/, "/>") : `<${p}alignment/>`;
      if (f.alignment.horizontal) al = setAttr(al, "horizontal", f.alignment.horizontal);
      if (f.alignment.vertical) al = setAttr(al, "vertical", f.alignment.vertical);
      if (f.alignment.wrapText !== undefined)
        al = setAttr(al, "wrapText", f.alignment.wrapText ? "1" : "0");
      body = old ? splice(body, old.start, old.end, al) : al + body;
      tag = setAttr(tag, "applyAlignment", "1");
    }
    const xf = body ? `${tag}${body}</${el.name}>` : tag.replace(/>$/, "/>");
    const index = xf === base ? baseXf : this.intern("cellXfs", xf);
    this.derived.set(key, index);
    return index;
  }

  /** The xf for a cell written with the add-in's `style` and `numFmt` over the cell's own `baseXf`. */
  forWrite(baseXf: number, style: CellStyle | undefined, numFmt: string | undefined): number {
    let byStyle = this.writes.get(baseXf);
    if (!byStyle) this.writes.set(baseXf, (byStyle = new Map()));
    let byFmt = byStyle.get(style);
    if (!byFmt) byStyle.set(style, (byFmt = new Map()));
    const known = byFmt.get(numFmt);
    if (known !== undefined) return known;
    const f: CellFormat = { ...(style ? CELL_STYLES[style] : {}) };
    if (numFmt !== undefined) f.numFmt = numFmt;
    const xf = Object.keys(f).length === 0 ? baseXf : this.derive(baseXf, f);
    byFmt.set(numFmt, xf);
    return xf;
  }

  /** Differential format of a flag (solid fill: bgColor is the one Excel reads in a dxf). */
  dxf(flag: Pick<ConditionalFlag, "severity" | "band">): number {
    const p = this.p;
    const s = flagColors(flag);
    const font = s.font ? `<${p}font><${p}color rgb="${argb(s.font)}"/></${p}font>` : "";
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor rgb="${argb(s.fill)}"/></${p}patternFill></${p}fill>`;
    return this.intern("dxfs", `<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  /** What an xf shows, in CellFormat terms (only what differs from nothing). */
  formatOf(xf: number): CellFormat {
    const item = this.all("cellXfs")[xf];
    if (!item) return {};
    const a = attrs(rootElement(item).tag);
    const out: CellFormat = {};
    const code = this.numFmtCode(Number(a.numFmtId ?? 0));
    if (code && code !== "General") out.numFmt = code;
    const fill = this.all("fills")[Number(a.fillId ?? 0)];
    const pf =
      fill &&
      /<(?:\w+:)?patternFill\b[^>]*patternType="solid"[^>]*>[\s\S]*?<(?:\w+:)?fgColor\b[^>]*\brgb="([0-9A-Fa-f]+)"/.exec(
        fill
      );
    if (pf) out.fill = hexOf(pf[1]);
    const font = this.all("fonts")[Number(a.fontId ?? 0)];
    if (font) {
      const has = (t: string) =>
        new RegExp(`<(?:\\w+:)?${t}(?=[\\s/>])(?![^>]*val="0")`).test(font);
      const fo: NonNullable<CellFormat["font"]> = {};
      if (has("b")) fo.bold = true;
      if (has("i")) fo.italic = true;
      if (has("u")) fo.underline = true;
      const color = /<(?:\w+:)?color\b[^>]*\brgb="([0-9A-Fa-f]+)"/.exec(font);
      if (color) fo.color = hexOf(color[1]);
      const sz = /<(?:\w+:)?sz\b[^>]*\bval="([\d.]+)"/.exec(font);
      if (sz) fo.size = Number(sz[1]);
      const name = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/.exec(font);
      if (name) fo.name = name[1];
      out.font = fo;
    }
    const border = this.all("borders")[Number(a.borderId ?? 0)];
    if (border) {
      const b: NonNullable<CellFormat["border"]> = {};
      for (const side of ["top", "left", "bottom", "right"] as const) {
        const m = new RegExp(
          `<(?:\\w+:)?${side}\\b[^>]*\\bstyle="([^"]+)"[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${side}>)`
        ).exec(border);
        if (!m) continue;
        const color = m[2] && /\brgb="([0-9A-Fa-f]+)"/.exec(m[2]);
        b[side] = color ? { style: m[1], color: hexOf(color[1]) } : { style: m[1] };
      }
      if (Object.keys(b).length) out.border = b;
    }
    const al = /<(?:\w+:)?alignment\b[^>]*>/.exec(item);
    if (al) {
      const aa = attrs(al[0]);
      const o: NonNullable<CellFormat["alignment"]> = {};
      if (aa.horizontal) o.horizontal = aa.horizontal;
      if (aa.vertical) o.vertical = aa.vertical;
      if (aa.wrapText === "1" || aa.wrapText === "true") o.wrapText = true;
      if (Object.keys(o).length) out.alignment = o;
    }
    return out;
  }

  /**
   * The xf that shows `format` (the user's format recorded before the add-in wrote over it): the first existing
   * one that matches in every field the format names, else a new one built from xf 0.
   */
  xfFor(format: CellFormat): number {
    const want = format;
    const xfs = this.all("cellXfs");
    for (let i = 0; i < xfs.length; i++) if (sameFormat(this.formatOf(i), want)) return i;
    return this.derive(0, format);
  }

  /** Write the appended entries back (only containers that grew are touched). */
  flush(): void {
    let xml = this.xml;
    for (const name of [...CONTAINERS].reverse()) {
      const l = this.list(name);
      if (l.added.length === 0) continue;
      const root = rootElement(xml);
      const kids =
        root.closeStart > root.openEnd ? children(xml, root.openEnd, root.closeStart) : [];
      const el = kids.find((k) => k.local === name);
      const count = l.items.length + l.added.length;
      const added = l.added.join("");
      if (el && el.closeStart > el.openEnd) {
        xml = splice(xml, el.closeStart, el.closeStart, added);
        xml = splice(xml, el.start, el.openEnd, setAttr(el.tag, "count", String(count)));
      } else if (el) {
        xml = splice(
          xml,
          el.start,
          el.end,
          `<${this.p}${name} count="${count}">${added}</${this.p}${name}>`
        );
      } else {
        xml = insertChild(
          xml,
          root,
          kids,
          name,
          `<${this.p}${name} count="${count}">${added}</${this.p}${name}>`
        );
      }
    }
    this.pkg.setText(this.path, xml);
  }
}

function insertChild(
  xml: string,
  root: Element,
  kids: Element[],
  local: string,
  text: string
): string {
  const rank = ORDER.indexOf(local);
  const next = kids.find((k) => ORDER.indexOf(k.local) > rank);
  if (next) return splice(xml, next.start, next.start, text);
  if (root.closeStart === root.openEnd && root.tag.endsWith("/>"))
    return splice(
      xml,
      root.start,
      root.end,
      root.tag.replace(/\s*\/>$/, ">") + text + `</${root.name}>`
    );
  return splice(xml, root.closeStart, root.closeStart, text);
}

function sameFormat(have: CellFormat, want: CellFormat): boolean {
  if ((have.numFmt ?? "General") !== (want.numFmt ?? "General")) return false;
  if ((have.fill ?? null) !== (want.fill?.toUpperCase() ?? null)) return false;
  const font = (have.font ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(want.font ?? {})) {
    if (v === undefined) continue;
    const h = typeof v === "boolean" ? (font[k] ?? false) : font[k];
    if (h !== (k === "color" && typeof v === "string" ? v.toUpperCase() : v)) return false;
  }
  const sides = ["top", "left", "bottom", "right"] as const;
  for (const s of sides) {
    const h = have.border?.[s];
    const w = want.border?.[s];
    if ((h?.style ?? null) !== (w?.style ?? null)) return false;
    if (w?.color && h?.color !== w.color.toUpperCase()) return false;
  }
  const ha = have.alignment ?? {};
  const wa = want.alignment ?? {};
  return (
    ha.horizontal === wa.horizontal &&
    ha.vertical === wa.vertical &&
    !!ha.wrapText === !!wa.wrapText
  );
}
