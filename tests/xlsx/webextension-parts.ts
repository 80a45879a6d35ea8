// Test packages carrying task-pane add-ins' document settings, written as Excel writes them (the layout of
// [MS-OWEXML] and Microsoft's "Automatically open a task pane with a document" example): _rels/.rels →
// xl/webextensions/taskpanes.xml → xl/webextensions/webextensionN.xml, content types declared. Built here, not
// taken from a user's file.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const OTHER_ADDIN = "wa200001234";

export interface WebextensionSpec {
  /** The <we:reference id> (the manifest's Id, or a store asset id). */
  addinId: string;
  /** name → stored value (the JSON text Office writes). */
  props: Record<string, string>;
  /** Default OMEX (an AppSource add-in). */
  storeType?: string;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

export function webextensionXml(spec: WebextensionSpec, n: number): string {
  const props = Object.entries(spec.props)
    .map(([k, v]) => `<we:property name="${escapeAttr(k)}" value="${escapeAttr(v)}"/>`)
    .join("");
  return (
    HEAD +
    `<we:webextension xmlns:we="${WE}" id="{0000000${n}-1111-2222-3333-444444444444}">` +
    `<we:reference id="${spec.addinId}" version="1.0.0.0" store="en-US" storeType="${spec.storeType ?? "OMEX"}"/>` +
    `<we:alternateReferences/>` +
    (props ? `<we:properties>${props}</we:properties>` : "<we:properties/>") +
    `<we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`
  );
}

/** The bytes with these add-ins' parts added (the first visible, as a pane left open when saving). */
export function withWebextensions(bytes: Uint8Array, specs: WebextensionSpec[]): Uint8Array {
  const files = unzipSync(bytes);
  for (const k of Object.keys(files)) if (k.endsWith("/")) delete files[k];
  const text = (p: string) => strFromU8(files[p]);
  const put = (p: string, s: string) => (files[p] = strToU8(s));
  const panes = specs
    .map(
      (_, i) =>
        `<wetp:taskpane dockstate="right" visibility="${i === 0 ? 1 : 0}" width="350" row="${i + 4}">` +
        `<wetp:webextensionref xmlns:r="${R}" r:id="rId${i + 1}"/></wetp:taskpane>`
    )
    .join("");
  put(
    "xl/webextensions/taskpanes.xml",
    HEAD + `<wetp:taskpanes xmlns:wetp="${WETP}">${panes}</wetp:taskpanes>`
  );
  put(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    HEAD +
      `<Relationships xmlns="${RELS}">` +
      specs
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension${i + 1}.xml"/>`
        )
        .join("") +
      "</Relationships>"
  );
  specs.forEach((s, i) =>
    put(`xl/webextensions/webextension${i + 1}.xml`, webextensionXml(s, i + 1))
  );
  put(
    "_rels/.rels",
    text("_rels/.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>'
    )
  );
  const overrides =
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
    specs
      .map(
        (_, i) =>
          `<Override PartName="/xl/webextensions/webextension${i + 1}.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`
      )
      .join("");
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace("</Types>", overrides + "</Types>")
  );
  return zipSync(files);
}

/** Every part of a package, inflated. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(unzipSync(bytes)))
    if (!k.endsWith("/")) out[k] = strFromU8(v);
  return out;
}
