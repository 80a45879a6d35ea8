// The add-in's document settings in the package (src/adapters/xlsx/webextension.ts): found by the manifest's Id,
// only our properties change, other add-ins' parts stay byte for byte, the parts are created when missing.
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook } from "../../src/adapters/exceljs";
import {
  Package,
  readAddinProperties,
  readAddinRecord,
  writeAddinRecord,
} from "../../src/adapters/xlsx";
import {
  ADDIN_ID,
  ADDIN_VERSION,
  MARKS_KEY,
  SETTINGS_KEY,
  documentRecordProps,
  readDocumentRecord,
  storedFromSetting,
} from "../../src/core";
import { rawEntries } from "../../src/adapters/xlsx/zip-entries";
import { makeIkuWorkbook } from "../helpers/make-workbook";
import { OTHER_ADDIN, partsOf, withWebextensions } from "./webextension-parts";

const ADDIN = { id: ADDIN_ID, version: ADDIN_VERSION };
const MARKS = {
  version: 1 as const,
  marks: [
    {
      key: "CAPAIAN_MISMATCH|S|x|capaian#0123456789abcdef",
      state: "checked" as const,
      by: "Rina",
      at: "2026-01-02T03:04:05.000Z",
    },
  ],
};
let plain: Uint8Array;

beforeAll(async () => {
  plain = (await makeIkuWorkbook({ rows: 12, seed: 3 })).bytes;
});

test("the add-in's Id and Version are the manifest's", () => {
  const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
  expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(ADDIN_ID);
  expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(ADDIN_VERSION);
});

test("a package without web extensions gets the parts, a hidden taskpane entry, rels and content types", () => {
  const props = documentRecordProps({ settings: { cap: 1.2 }, marks: MARKS });
  const out = writeAddinRecord(plain, ADDIN, props);
  const before = partsOf(plain);
  const after = partsOf(out);
  // Every part that was there is unchanged but the two that list parts.
  for (const [name, text] of Object.entries(before))
    if (name !== "[Content_Types].xml" && name !== "_rels/.rels")
      expect([name, after[name]]).toEqual([name, text]);
  expect(
    Object.keys(after)
      .filter((n) => !(n in before))
      .sort()
  ).toEqual([
    "xl/webextensions/_rels/taskpanes.xml.rels",
    "xl/webextensions/taskpanes.xml",
    "xl/webextensions/webextension1.xml",
  ]);
  expect(after["_rels/.rels"]).toContain(
    'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"'
  );
  // The old root relationships are all still there.
  for (const rel of before["_rels/.rels"].match(/<Relationship [^>]*>/g) ?? [])
    expect(after["_rels/.rels"]).toContain(rel);
  expect(after["[Content_Types].xml"]).toContain(
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>'
  );
  expect(after["[Content_Types].xml"]).toContain(
    '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>'
  );
  const pane = after["xl/webextensions/taskpanes.xml"];
  expect(pane).toMatch(/<wetp:taskpane [^>]*visibility="0"/);
  expect(pane).toContain('r:id="rId1"');
  expect(after["xl/webextensions/_rels/taskpanes.xml.rels"]).toContain(
    'Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"'
  );
  const we = after["xl/webextensions/webextension1.xml"];
  expect(we).toContain(`<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}"`);
  // Stored as Office stores settings.set(key, JSON string): a JSON string holding JSON.
  expect(we).toContain(
    `<we:property name="${SETTINGS_KEY}" value="&quot;{\\&quot;cap\\&quot;:1.2}&quot;"/>`
  );
  expect(readAddinRecord(out, ADDIN_ID)).toEqual(props);
  const record = readDocumentRecord(readAddinRecord(out, ADDIN_ID));
  expect(record).toEqual({
    settings: { cap: 1.2 },
    settingsProblems: [],
    marks: MARKS.marks,
    marksProblems: [],
  });
});

test("the written package still opens as a workbook", async () => {
  const out = writeAddinRecord(plain, ADDIN, documentRecordProps({ settings: { cap: 1 } }));
  const wb = await loadWorkbook(out);
  expect(wb.worksheets.length).toBeGreaterThan(0);
});

test("another add-in's part stays byte for byte; ours is added beside it", () => {
  const other = {
    addinId: OTHER_ADDIN,
    props: {
      "other.key": storedFromSetting("keep me"),
      "Office.AutoShowTaskpaneWithDocument": "true",
    },
  };
  const bytes = withWebextensions(plain, [other]);
  expect(readAddinRecord(bytes, ADDIN_ID)).toEqual({});
  const out = writeAddinRecord(bytes, ADDIN, documentRecordProps({ settings: { cap: 1 } }));
  const before = partsOf(bytes);
  const after = partsOf(out);
  expect(after["xl/webextensions/webextension1.xml"]).toBe(
    before["xl/webextensions/webextension1.xml"]
  );
  // The zip entry too: its compressed bytes were copied, never inflated and deflated again.
  const raw = (b: Uint8Array) =>
    rawEntries(b)?.get("xl/webextensions/webextension1.xml")?.compressed;
  expect(raw(out)).toBeDefined();
  expect(raw(out)).toEqual(raw(bytes));
  expect(readAddinRecord(out, OTHER_ADDIN)).toEqual(other.props);
  expect(readAddinRecord(out, ADDIN_ID)).toEqual(documentRecordProps({ settings: { cap: 1 } }));
  // The other add-in's taskpane entry is unchanged; ours comes after it, hidden, on the next row.
  const pane = after["xl/webextensions/taskpanes.xml"];
  expect(pane).toContain(
    before["xl/webextensions/taskpanes.xml"].match(/<wetp:taskpane [\s\S]*?<\/wetp:taskpane>/)![0]
  );
  expect(pane).toMatch(
    /<wetp:taskpane dockstate="right" visibility="0" width="350" row="5"><wetp:webextensionref [^>]*r:id="rId2"\/>/
  );
  expect(after["xl/webextensions/_rels/taskpanes.xml.rels"]).toContain(
    'Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"'
  );
  // Root rels: no second taskpanes relationship.
  expect(after["_rels/.rels"].match(/webextensiontaskpanes/g)).toHaveLength(1);
});

test("in our own part only our properties change; Excel's own properties stay", () => {
  const ours = {
    addinId: `{${ADDIN_ID.toUpperCase()}}`,
    storeType: "Registry",
    props: {
      "Office.AutoShowTaskpaneWithDocument": "true",
      [SETTINGS_KEY]: storedFromSetting(JSON.stringify({ cap: null })),
    },
  };
  const bytes = withWebextensions(plain, [{ addinId: OTHER_ADDIN, props: {} }, ours]);
  expect(readDocumentRecord(readAddinRecord(bytes, ADDIN_ID)).settings).toEqual({ cap: null });
  const props = documentRecordProps({ settings: { cap: 1.1 }, marks: MARKS });
  const out = writeAddinRecord(bytes, ADDIN, props);
  const before = partsOf(bytes);
  const after = partsOf(out);
  const changed = Object.keys(after).filter((n) => after[n] !== before[n]);
  expect(changed).toEqual(["xl/webextensions/webextension2.xml"]);
  const we = after["xl/webextensions/webextension2.xml"];
  expect(we).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
  // Only the value of our setting changed, the marks were appended in the same property bag.
  expect(we.replace(/value="[^"]*cap[^"]*"/, "")).toBe(
    before["xl/webextensions/webextension2.xml"]
      .replace(/value="[^"]*cap[^"]*"/, "")
      .replace(
        "</we:properties>",
        `<we:property name="${MARKS_KEY}" value="${props[MARKS_KEY].replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/></we:properties>`
      )
  );
  expect(readAddinRecord(out, ADDIN_ID)).toEqual({
    "Office.AutoShowTaskpaneWithDocument": "true",
    ...props,
  });
  // Writing the same record again changes nothing: the same bytes come back.
  expect(writeAddinRecord(out, ADDIN, props)).toBe(out);
});

test("a property bag written empty (<we:properties/>) is opened to take ours", () => {
  const bytes = withWebextensions(plain, [{ addinId: ADDIN_ID, props: {} }]);
  expect(partsOf(bytes)["xl/webextensions/webextension1.xml"]).toContain("<we:properties/>");
  const out = writeAddinRecord(bytes, ADDIN, documentRecordProps({ settings: { cap: 1 } }));
  expect(readDocumentRecord(readAddinRecord(out, ADDIN_ID)).settings).toEqual({ cap: 1 });
  expect(partsOf(out)["xl/webextensions/webextension1.xml"]).toMatch(
    /<we:properties><we:property [^>]*\/><\/we:properties>/
  );
});

test("text with quotes, markup, ampersands, formula signs and non-ASCII round-trips", () => {
  const marks = {
    version: 1 as const,
    marks: [
      { ...MARKS.marks[0], state: "accepted" as const, reason: `="1+1" <b>&amp; 'ü' ✓\n😀 \uFFFE` },
    ],
  };
  const out = writeAddinRecord(plain, ADDIN, documentRecordProps({ marks }));
  const xml = partsOf(out)["xl/webextensions/webextension1.xml"];
  // Markup is escaped, and U+FFFE (no XML character) is stored as a JSON escape.
  expect(xml).not.toContain("<b>");
  expect(xml).not.toContain("\uFFFE");
  expect(readDocumentRecord(readAddinRecord(out, ADDIN_ID)).marks).toEqual(marks.marks);
});

test("a null value removes one of our properties", () => {
  const bytes = writeAddinRecord(
    plain,
    ADDIN,
    documentRecordProps({ settings: { cap: 1 }, marks: MARKS })
  );
  const out = writeAddinRecord(bytes, ADDIN, { [MARKS_KEY]: null });
  expect(Object.keys(readAddinRecord(out, ADDIN_ID))).toEqual([SETTINGS_KEY]);
});

describe("reading the stored values", () => {
  const read = (props: Record<string, string>) => readDocumentRecord(props, "en");

  test("an object set directly (stored as a JSON object) is read like the pane's JSON string", () => {
    expect(read({ [SETTINGS_KEY]: '{"cap":1.2,"lang":"en"}' }).settings).toEqual({
      cap: 1.2,
      lang: "en",
    });
    expect(read({ [MARKS_KEY]: JSON.stringify(MARKS) }).marks).toEqual(MARKS.marks);
  });

  test("invalid values are dropped and named; the rest applies", () => {
    const r = read({
      [SETTINGS_KEY]: storedFromSetting(JSON.stringify({ cap: 3, tolerance: 0.01 })),
    });
    expect(r.settings).toEqual({ tolerance: 0.01 });
    expect(r.settingsProblems).toEqual([{ key: "cap", value: 3, expected: "expCap" }]);
  });

  test("text that is not JSON is named, never thrown", () => {
    const r = read({ [SETTINGS_KEY]: storedFromSetting("{not json"), [MARKS_KEY]: "{also not" });
    expect(r.settings).toBeNull();
    expect(r.settingsProblems).toHaveLength(1);
    expect(r.marks).toEqual([]);
    expect(r.marksProblems).toHaveLength(1);
  });

  test("no record: nothing, no problems", () => {
    expect(read({})).toEqual({
      settings: null,
      settingsProblems: [],
      marks: null,
      marksProblems: [],
    });
  });

  test("a package whose part is found through an alternate reference", () => {
    const bytes = withWebextensions(plain, [
      { addinId: OTHER_ADDIN, props: { [SETTINGS_KEY]: '{"cap":1}' } },
    ]);
    const files = partsOf(bytes);
    const we = files["xl/webextensions/webextension1.xml"].replace(
      "<we:alternateReferences/>",
      `<we:alternateReferences><we:reference id="${ADDIN_ID}" version="1.0.0.0" store="developer" storeType="Registry"/></we:alternateReferences>`
    );
    const pkg = Package.open(bytes);
    pkg.setText("xl/webextensions/webextension1.xml", we);
    expect(readAddinProperties(pkg, ADDIN_ID)).toEqual({ [SETTINGS_KEY]: '{"cap":1}' });
  });
});
