// A reviewer's calculator for the tests: reads a worked line ("36,00% ÷ 70,00% = 51,43%") as a person would,
// numbers in id-ID (or en) notation, % meaning ÷ 100, and evaluates the left side. Independent of the engine.

export interface Line {
  left: number;
  right: string;
}

export function parseNumber(tok: string, lang: "id" | "en"): number {
  let s = tok.replace(/^Rp/, "");
  const pct = s.endsWith("%");
  if (pct) s = s.slice(0, -1);
  s = lang === "id" ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`not a number: ${tok}`);
  return pct ? v / 100 : v;
}

/** Evaluates "a ÷ b", "(a + b) ÷ n", "2 − a ÷ b", "min(a; b)" with the usual precedence. */
export function evaluateText(text: string, lang: "id" | "en"): number {
  const sep = lang === "id" ? ";" : ",";
  const re = new RegExp(
    lang === "id"
      ? String.raw`\s*(Rp-?[\d.]+(?:,\d+)?|-?\d[\d.]*(?:,\d+)?%?|[-+−×÷()]|min|max|;)`
      : String.raw`\s*(Rp-?[\d,]+(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?%?|[-+−×÷()]|min|max|,(?!\d))`,
    "y"
  );
  const toks: string[] = [];
  let m;
  while (re.lastIndex < text.length && (m = re.exec(text))) toks.push(m[1]);
  if (re.lastIndex < text.trimEnd().length)
    throw new Error(`cannot read "${text}" at ${re.lastIndex}`);
  let i = 0;
  const peek = () => toks[i];
  const expr = (): number => {
    let v = term();
    while (peek() === "+" || peek() === "−" || peek() === "-")
      v = toks[i++] === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === "×" || peek() === "÷") v = toks[i++] === "×" ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    const t = toks[i++];
    if (t === "(") {
      const v = expr();
      if (toks[i++] !== ")") throw new Error("missing )");
      return v;
    }
    if (t === "min" || t === "max") {
      if (toks[i++] !== "(") throw new Error("missing (");
      const args = [expr()];
      while (peek() === sep) {
        i++;
        args.push(expr());
      }
      if (toks[i++] !== ")") throw new Error("missing )");
      return t === "min" ? Math.min(...args) : Math.max(...args);
    }
    return parseNumber(t, lang);
  };
  const v = expr();
  if (i !== toks.length) throw new Error(`unread tokens in "${text}"`);
  return v;
}

/** "left = right": the left side evaluated, the right side as written. */
export function readLine(line: string, lang: "id" | "en"): Line {
  const at = line.lastIndexOf(" = ");
  if (at < 0) throw new Error(`no "=" in ${line}`);
  return { left: evaluateText(line.slice(0, at), lang), right: line.slice(at + 3) };
}

/** The displayed form a reviewer expects: 2 decimals for %, whole rupiah, as written on the right side. */
export function display(v: number, like: string, lang: "id" | "en"): string {
  const [thou, dec] = lang === "id" ? [".", ","] : [",", "."];
  const group = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  if (like.endsWith("%")) {
    const [a, b] = Math.abs(v * 100)
      .toFixed(2)
      .split(".");
    return (v < 0 ? "-" : "") + group(a) + dec + b + "%";
  }
  if (like.startsWith("Rp")) return "Rp" + group(String(Math.round(v)));
  const [a, b] = Math.abs(v)
    .toFixed(2)
    .replace(/\.?0+$/, "")
    .split(".");
  return (v < 0 ? "-" : "") + group(a) + (b ? dec + b : "");
}
