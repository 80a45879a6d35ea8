// Number formatting for people: Indonesian conventions ("51,43%", "Rp10.818.959.000") in both languages,
// because the figures are Indonesian government figures and must read the same as in the report.
const percent = new Intl.NumberFormat("id-ID", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 4 });
const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});

/** A ratio (1 = 100%) as "51,43%"; "–" when missing. */
export function formatPercent(ratio: number | null | undefined): string {
  return typeof ratio === "number" && Number.isFinite(ratio) ? percent.format(ratio) : "–";
}

export function formatNumber(n: number | null | undefined): string {
  return typeof n === "number" && Number.isFinite(n) ? plain.format(n) : "–";
}

export function formatRupiah(n: number | null | undefined): string {
  return typeof n === "number" && Number.isFinite(n) ? rupiah.format(n) : "–";
}

/** Any report value (number, text, null) for display. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "–";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && v && "error" in v) return String((v as { error: unknown }).error);
  return String(v);
}
