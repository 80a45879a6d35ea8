// Qualitative ratings used in SAKIP tables, best first. Rank 5 = Sangat Baik.
const CATEGORIES: Array<{ rank: number; re: RegExp; id: string; en: string }> = [
  {
    rank: 5,
    re: /^(sangat\s+baik|very\s+good|excellent|aa)\b/i,
    id: "Sangat Baik",
    en: "Very good",
  },
  { rank: 1, re: /^(sangat\s+kurang|very\s+poor)\b/i, id: "Sangat Kurang", en: "Very poor" },
  { rank: 4, re: /^(baik|good)\b/i, id: "Baik", en: "Good" },
  { rank: 3, re: /^(cukup|fair|sufficient)\b/i, id: "Cukup", en: "Fair" },
  { rank: 2, re: /^(kurang|poor)\b/i, id: "Kurang", en: "Poor" },
];

export interface Category {
  rank: number;
  label: string;
}

/** "Baik (88)" → Baik; "Sangat Baik" → Sangat Baik; anything else → null. */
export function parseCategory(text: string): Category | null {
  const t = text.trim();
  for (const c of CATEGORIES) if (c.re.test(t)) return { rank: c.rank, label: c.id };
  return null;
}

export function categoryLabel(rank: number, lang: "id" | "en"): string {
  const c = CATEGORIES.find((x) => x.rank === rank);
  return c ? (lang === "id" ? c.id : c.en) : "";
}
