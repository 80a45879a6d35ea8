// Minimal, lossless XML splicing: find elements by offset and replace exactly their text, so every byte the
// writer does not mean to change stays as it was (a DOM round trip re-escapes text and attributes, reorders
// namespace declarations and drops the `_x000D_`-style escapes' surroundings).
import { attrs, escapeXml, unescapeXml } from "../exceljs/zip-parts";

export { attrs, escapeXml, unescapeXml };

/** A start tag, including attribute values that hold ">". */
const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;

export interface Element {
  /** Qualified name as written ("x:c"). */
  name: string;
  /** Name without prefix ("c"). */
  local: string;
  start: number;
  /** Offset just after the start tag. */
  openEnd: number;
  /** Offset of the end tag (= openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  /** The start tag text. */
  tag: string;
}

export function localName(q: string): string {
  const i = q.indexOf(":");
  return i < 0 ? q : q.slice(i + 1);
}

/**
 * Direct children of the region [from, to) (the content of one element). `skip` names children whose content is
 * jumped over by searching their end tag directly (sheetData holds most of a worksheet's bytes).
 */
export function children(xml: string, from: number, to: number, skip: string[] = []): Element[] {
  const out: Element[] = [];
  const re = new RegExp(TAG.source, "g");
  re.lastIndex = from;
  let open: Element | null = null;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    if (m[2] === undefined) continue; // comment, PI, CDATA
    const [text, close, name, , selfClose] = m;
    if (depth === 0) {
      if (close) break; // the region's own end tag
      const el: Element = {
        name,
        local: localName(name),
        start: m.index,
        openEnd: m.index + text.length,
        closeStart: m.index + text.length,
        end: m.index + text.length,
        tag: text,
      };
      if (selfClose) {
        out.push(el);
        continue;
      }
      if (skip.includes(el.local)) {
        const endTag = `</${name}>`;
        const at = xml.indexOf(endTag, el.openEnd);
        if (at < 0) throw new Error(`unclosed <${name}>`);
        el.closeStart = at;
        el.end = at + endTag.length;
        out.push(el);
        re.lastIndex = el.end;
        continue;
      }
      open = el;
      depth = 1;
    } else if (close) {
      depth--;
      if (depth === 0 && open) {
        open.closeStart = m.index;
        open.end = m.index + text.length;
        out.push(open);
        open = null;
      }
    } else if (!selfClose) depth++;
  }
  return out;
}

/** The document element. */
export function rootElement(xml: string): Element {
  const re = new RegExp(TAG.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2] === undefined) continue;
    const name = m[2];
    const endTag = `</${name}>`;
    const closeStart = m[4] ? m.index + m[0].length : xml.lastIndexOf(endTag);
    return {
      name,
      local: localName(name),
      start: m.index,
      openEnd: m.index + m[0].length,
      closeStart,
      end: m[4] ? closeStart : closeStart + endTag.length,
      tag: m[0],
    };
  }
  throw new Error("no document element");
}

/** "x:" when the document element is prefixed, else "". */
export function prefixOf(el: Element): string {
  const i = el.name.indexOf(":");
  return i < 0 ? "" : el.name.slice(0, i + 1);
}

export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/** Set (or add) one attribute in a start tag, leaving the others exactly as written. */
export function setAttr(tag: string, name: string, value: string): string {
  const esc = escapeXml(value);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${esc}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${esc}"$1>`);
}

export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}

/**
 * Text as SpreadsheetML stores it: XML-escaped, and the ST_Xstring escapes: a literal "_xHHHH_" is written
 * "_x005F_xHHHH_", and characters XML 1.0 cannot hold (and CR, which XML parsers turn into LF) as "_xHHHH_".
 */
export function xstring(s: string): string {
  const escaped = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
    // eslint-disable-next-line no-control-regex
    /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g,
    (c) => "_x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_"
  );
  return escapeXml(escaped);
}

/** `<t>` content with xml:space="preserve" when leading/trailing blanks or line breaks would be lost. */
export function textElement(tagName: string, s: string): string {
  const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<${tagName}${preserve}>${xstring(s)}</${tagName}>`;
}
