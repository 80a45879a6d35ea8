// No UI string outside the locale packs (issue 13.2): the pane, the workbench, the ribbon commands, the shared code
// and the CLI word everything through src/core/i18n. The scanner reads the TypeScript syntax tree, so a string
// inside a comment or a regex never counts, and text in JSX or a `lang === "id" ? … : …` choice always does.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "../..");
/** Code that shows text to people; every word of it must come from the packs. */
const UI_DIRS = ["src/taskpane", "src/workbench", "src/shared", "src/commands", "src/cli"];
/** The engine may choose by language only inside the packs (and the worked explanations' own message objects). */
const CORE_PACKS = [
  "src/core/i18n/id.ts",
  "src/core/i18n/en.ts",
  "src/core/explain/worked-messages.ts",
];
/** JSX attributes a person reads or hears. */
const VISIBLE_ATTRS = new Set([
  "aria-label",
  "title",
  "placeholder",
  "label",
  "alt",
  "aria-description",
]);

/** What must stay where it is, and why. Key: "file: text". */
const ALLOWED: Record<string, string> = {
  // A language menu names each language in its own language, whatever the pane's language.
  "src/taskpane/components/PaneHeader.tsx: Bahasa Indonesia": "endonym",
  // The product's name is the same in both languages.
  "src/commands/commands.ts: Capaian IKU:": "console prefix for developers",
  "src/commands/dialog.ts: Capaian IKU": "product name as the dialog's fallback title",
  // Errors for developers inside the worker protocol; the pane words a failed run from its code, not this text.
  "src/taskpane/engine-answer.ts: unknown analysis ${request.key}": "worker protocol error",
  "src/taskpane/engine-answer.ts: no workbook held": "worker protocol error",
  "src/taskpane/engine-answer.ts: unknown plan ${request.key}": "worker protocol error",
  "src/workbench/workbook-worker.ts: no workbook held": "worker protocol error",
  "src/workbench/workbook-worker.ts: unknown plan ${request.planKey}": "worker protocol error",
  "src/taskpane/worker-engine.ts: engine worker failed": "worker protocol error",
  // An invariant of the workbench (every command runs after a workbook is opened), not a message to users.
  "src/workbench/workbench-host.ts: No workbook loaded": "invariant",
  // A light plan is applied by the worker that built it, which a run never restarts before its apply.
  "src/workbench/workbench-host.ts: the plan is no longer held by the workbook worker": "invariant",
};

type Finding = { file: string; text: string };

/** Two words in a row ("1px solid" is CSS: a word starts after neither a letter nor a digit). */
const hasWords = (s: string) => /(^|[^\p{L}\p{N}])\p{L}{2,}\s+\p{L}{2,}/u.test(s);
const hasLetters = (s: string) => /\p{L}{2,}/u.test(s);

/** `lang === "id"`, `lang !== "en"`, `x.lang === …`: a choice made on the language. */
function isLangTest(e: ts.Expression): boolean {
  const inner = ts.isParenthesizedExpression(e) ? e.expression : e;
  if (!ts.isBinaryExpression(inner)) return false;
  const op = inner.operatorToken.kind;
  const eq =
    op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  const side = (x: ts.Expression) => /(^|\.)lang$/i.test(x.getText());
  const lit = (x: ts.Expression) => ts.isStringLiteral(x) && (x.text === "id" || x.text === "en");
  return eq && ((side(inner.left) && lit(inner.right)) || (side(inner.right) && lit(inner.left)));
}

/** A literal string or template whose text has letters. */
function literalText(e: ts.Expression): string | null {
  if (ts.isParenthesizedExpression(e)) return literalText(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return hasLetters(e.text) ? e.text : null;
  if (ts.isTemplateExpression(e)) {
    const words = e.head.text + e.templateSpans.map((s) => s.literal.text).join(" ");
    return hasLetters(words) ? e.getText().slice(1, -1) : null;
  }
  return null;
}

/** The UI strings of one source text (`ui`: the whole file is UI code; otherwise only language choices count). */
export function scanSource(file: string, source: string, ui: boolean): Finding[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const add = (text: string) => found.push({ file, text: text.trim() });
  const visit = (n: ts.Node): void => {
    if (ts.isConditionalExpression(n) && isLangTest(n.condition)) {
      for (const branch of [n.whenTrue, n.whenFalse]) {
        const t = literalText(branch);
        // Choosing a language or locale code ("en", "id-ID") by language is not wording.
        if (t !== null && !/^[a-z]{2}(-[A-Z]{2})?$/.test(t)) add(t);
      }
    }
    if (ui) {
      if (ts.isJsxText(n) && hasLetters(n.text)) add(n.text);
      else if (
        ts.isJsxAttribute(n) &&
        VISIBLE_ATTRS.has(n.name.getText()) &&
        n.initializer &&
        ts.isStringLiteral(n.initializer) &&
        hasLetters(n.initializer.text)
      )
        add(n.initializer.text);
      else if (
        (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) &&
        hasWords(n.text) &&
        !ts.isImportDeclaration(n.parent) &&
        !ts.isExportDeclaration(n.parent) &&
        !ts.isJsxAttribute(n.parent)
      )
        add(n.text);
      else if (ts.isTemplateExpression(n)) {
        const t = literalText(n);
        if (
          t !== null &&
          hasWords(n.head.text + n.templateSpans.map((s) => s.literal.text).join(" "))
        )
          add(t);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [rel] : [];
  });
}

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), "utf8");
const label = (f: Finding) => `${f.file}: ${f.text}`;

test("the scanner sees JSX text, visible attributes, sentences and language choices", () => {
  const src = [
    'const a = <Button title="Jalankan analisis">Jalankan</Button>;',
    'const b = lang === "id" ? "Ya" : `Yes ${n}`;',
    'const l = lang === "en" ? "en-US" : "id-ID"; // a locale code, not wording',
    "const s = { border: `1px solid ${tokens.colorNeutralStroke2}` }; // CSS",
    'const c = "Tabel tidak ditemukan";',
    'const d = "capaian"; // one word: a key or an id, not a sentence',
    "const e = /Triwulan I/;",
  ].join("\n");
  expect(scanSource("x.tsx", src, true).map((f) => f.text)).toEqual([
    "Jalankan analisis",
    "Jalankan",
    "Ya",
    "Yes ${n}",
    "Tabel tidak ditemukan",
  ]);
  // Outside the UI folders only the language choice counts.
  expect(scanSource("x.ts", src.replace(/<[^;]*;/, "0;"), false).map((f) => f.text)).toEqual([
    "Ya",
    "Yes ${n}",
  ]);
});

test("no UI string in the pane, workbench, ribbon commands, shared code or CLI but the allowed ones", () => {
  const found = UI_DIRS.flatMap(sourceFiles).flatMap((f) => scanSource(f, read(f), true));
  expect(found.map(label).filter((l) => !(l in ALLOWED))).toEqual([]);
  // An allowance whose string is gone goes too.
  expect(Object.keys(ALLOWED).filter((k) => !found.some((f) => label(f) === k))).toEqual([]);
});

test("the engine chooses a string by language only inside the packs", () => {
  const found = sourceFiles("src/core")
    .filter((f) => !CORE_PACKS.some((p) => f.startsWith(p)))
    .flatMap((f) => scanSource(f, read(f), false));
  expect(found.map(label)).toEqual([]);
});
