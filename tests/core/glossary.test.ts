// One term, one translation: every Indonesian string that uses a glossary term has the English term in its
// English twin, and the drifted synonyms appear nowhere (issue 13.2).
import { workedMessages } from "../../src/core/explain/worked-messages";
import { GLOSSARY } from "../../src/core/i18n/glossary";
import { allPacks } from "../../src/core/i18n/messages";

/** Sample arguments for the worked explanations' message functions: one short value per parameter. */
const SAMPLE_ARGS = ["X", "Y", "Z"];

/** Every string of a pack with its path ("pane.runDone"); a message function is called with sample arguments. */
function flatten(o: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof o === "string") out.set(prefix, o);
  else if (typeof o === "function") out.set(prefix, String(o(...SAMPLE_ARGS.slice(0, o.length))));
  else if (o && typeof o === "object")
    for (const [k, v] of Object.entries(o))
      for (const [p, s] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
}

// The worked explanations ("Periksa") keep their strings in their own per-language objects; they are checked
// as one more section of the packs.
const { id, en } = allPacks();
const ID = flatten({ ...id, worked: workedMessages("id") });
const EN = flatten({ ...en, worked: workedMessages("en") });
const word = (term: string) => new RegExp(`(^|[^\\p{L}])${term}`, "iu");

test("both packs have exactly the same keys", () => {
  expect([...EN.keys()].sort()).toEqual([...ID.keys()].sort());
});

test.each(GLOSSARY.map((t) => [t.id, t]))("%s: the same English term everywhere", (_, term) => {
  const misses: string[] = [];
  for (const [key, full] of ID) {
    // The product's and the command's names are names, not the term.
    const idText = full.replace(/Capaian IKU|capaian (?=analyze|remove)/g, "");
    if (!word(term.id).test(idText)) continue;
    const enText = EN.get(key) ?? "";
    if (!word(term.en).test(enText)) misses.push(`${key}: "${idText}" → "${enText}"`);
  }
  expect(misses).toEqual([]);
});

test.each(GLOSSARY.map((t) => [t.id, t]))("%s: no drifted synonyms", (_, term) => {
  const found: string[] = [];
  for (const w of term.avoidId ?? [])
    for (const [key, s] of ID) if (word(w).test(s)) found.push(`id ${key}: ${s}`);
  for (const w of term.avoidEn ?? [])
    for (const [key, s] of EN) if (word(w).test(s)) found.push(`en ${key}: ${s}`);
  expect(found).toEqual([]);
});
