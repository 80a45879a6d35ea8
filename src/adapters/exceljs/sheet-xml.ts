// Edits of a worksheet part that keep CT_Worksheet's child order (Excel asks to repair a file that breaks it):
// ... hyperlinks, printOptions, pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, customProperties,
// cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing, legacyDrawingHF, drawingHF, picture,
// oleObjects, controls, webPublishItems, tableParts, extLst.

/** Top-level elements that come before <drawing> and may contain nested tags (so we skip past their end). */
const BEFORE_DRAWING = [
  "sheetData",
  "mergeCells",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
];
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)(?=[\s/>])|<\/worksheet>/;

/** End offset of the last element that must precede <drawing>. */
function endOfPredecessors(xml: string): number {
  let end = 0;
  for (const name of BEFORE_DRAWING) {
    const close = xml.lastIndexOf(`</${name}>`);
    if (close >= 0) end = Math.max(end, close + name.length + 3);
    const selfClosing = new RegExp(`<${name}(?=[\\s/>])[^>]*/>`, "g");
    let m: RegExpExecArray | null;
    while ((m = selfClosing.exec(xml))) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

const LEGACY = /<legacyDrawing(?=[\s/>])[^>]*\/>/g;

/**
 * Put `elements` (already serialised <drawing>/<legacyDrawing> tags) at the schema position of <drawing>.
 * Any existing <legacyDrawing> is moved right after them: ExcelJS writes it after <extLst>, which is invalid.
 */
export function placeDrawingElements(sheetXml: string, elements: string): string {
  const legacy = sheetXml.match(LEGACY) ?? [];
  let xml = sheetXml.replace(LEGACY, "");
  const start = endOfPredecessors(xml);
  const m = AFTER_DRAWING.exec(xml.slice(start));
  const at = m ? start + m.index : xml.length;
  xml = xml.slice(0, at) + elements + legacy.join("") + xml.slice(at);
  return xml;
}

/** The r:id of the sheet's <drawing>, if it has one. */
export function drawingRelId(sheetXml: string): string | null {
  const m = /<drawing(?=[\s/>])[^>]*\br:id="([^"]+)"/.exec(sheetXml);
  return m ? m[1] : null;
}

/** True when ExcelJS left <legacyDrawing> after <extLst> (or another element it must precede). */
export function legacyDrawingMisplaced(sheetXml: string): boolean {
  const legacy = sheetXml.search(LEGACY);
  if (legacy < 0) return false;
  const after = /<(picture|oleObjects|controls|webPublishItems|tableParts|extLst)(?=[\s/>])/g;
  after.lastIndex = endOfPredecessors(sheetXml);
  const m = after.exec(sheetXml);
  return m !== null && m.index < legacy;
}
