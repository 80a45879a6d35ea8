// escapeXml runs once per written formula: one pass now, with the same output as escaping each character in turn.
import { escapeXml, unescapeXml } from "../../src/adapters/exceljs/zip-parts";

describe("escapeXml", () => {
  test("escapes the five XML characters, & first so nothing is escaped twice", () => {
    expect(escapeXml(`IF(K5="",'a'&"<b>",ROUND(K5,9)>=1)`)).toBe(
      "IF(K5=&quot;&quot;,&apos;a&apos;&amp;&quot;&lt;b&gt;&quot;,ROUND(K5,9)&gt;=1)"
    );
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  test("text without them comes back as it is, and every text round-trips", () => {
    expect(escapeXml("SUM(E6:H6)/100 é ✓")).toBe("SUM(E6:H6)/100 é ✓");
    for (const s of ["", "&&<<>>", `"'"'`, "a&lt;b", "x>y&z"])
      expect(unescapeXml(escapeXml(s))).toBe(s);
  });
});
