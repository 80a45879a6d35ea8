// parseA1 reads addresses a character at a time (it runs for every cell a plan writes); it must take and refuse
// exactly what the A1 pattern /^\$?([A-Za-z]{1,3})\$?(\d+)$/ (after trimming) does.
import { parseA1 } from "../../src/core/address";

function byPattern(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: parseInt(m[2], 10) - 1, col: col - 1 };
}

function parsed(addr: string): { row: number; col: number } | string | null {
  try {
    return parseA1(addr);
  } catch (e) {
    const message = (e as Error).message;
    return message === `Not an A1 address: ${addr}` ? null : message;
  }
}

describe("parseA1", () => {
  test("reads the usual forms", () => {
    expect(parseA1("A1")).toEqual({ row: 0, col: 0 });
    expect(parseA1("$AB$12")).toEqual({ row: 11, col: 27 });
    expect(parseA1("xfd1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseA1(" K200005 ")).toEqual({ row: 200004, col: 10 });
  });

  const odd = [
    "",
    "A",
    "1",
    "$",
    "$$A1",
    "A$$1",
    "ABCD1",
    "A1B",
    "A-1",
    "A1.5",
    "[1",
    "@1",
    "`1",
    "{1",
    "A 1",
    "É1",
    "A١",
    "Sheet1!A1",
    "A1:B2",
    "$a$0",
    "zz9",
    "\tC3\n",
  ];
  test.each(odd)("takes or refuses %j as the pattern does", (addr) => {
    expect(parsed(addr)).toEqual(byPattern(addr));
  });

  test("agrees with the pattern on random strings over its alphabet", () => {
    const alphabet = "AZaz$019 @[`{É";
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const differ: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = "";
      const n = 1 + Math.floor(rnd() * 7);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      if (JSON.stringify(parsed(s)) !== JSON.stringify(byPattern(s))) differ.push(s);
    }
    expect(differ).toEqual([]);
  });
});
