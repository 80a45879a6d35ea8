// The pemda evaluation form E.81 (Permendagri 86/2017; issue 8, class 4): every period is a K | Rp pair — kinerja
// and rupiah under one header ("Target Kinerja dan Anggaran Renja …", "Realisasi Kinerja Triwulan I"). The Rp
// beside the year's target K is the pagu; the Rp beside the latest quarter's K is the spending so far, when the
// form carries no annual realisation pair (a TW I report, or cumulative quarters). Such a table is a kinerja evaluation with
// budget lines, not a budget table.
import { colIndex, colLetter } from "../address";
import type { ColumnRole, DetectedTable } from "../types";

const leaf = (h: string | undefined) => (h ?? "").split(" / ").pop()!.trim();
const parent = (h: string | undefined) => (h ?? "").split(" / ").slice(0, -1).join(" / ");
const isK = (h: string | undefined) => /^k$/i.test(leaf(h));
const isRp = (h: string | undefined) => /^rp\.?$/i.test(leaf(h));

/** The Rp column paired with the K column `k` (same parent header, right beside it). */
function rpOf(t: DetectedTable, k: number): number | null {
  const rp = k + 1;
  if (!isK(t.headers[k]) || !isRp(t.headers[rp])) return null;
  return parent(t.headers[k]) === parent(t.headers[rp]) ? rp : null;
}

/** True when the table reads as an E.81 form: its target and a quarter are K | Rp pairs. */
export function e81Columns(t: DetectedTable): boolean {
  const c = t.columns;
  if (!c.indikator || !c.target) return false;
  const targetRp = rpOf(t, colIndex(c.target));
  if (targetRp === null) return false;
  const quarters = (["tw4", "tw3", "tw2", "tw1"] as ColumnRole[]).filter((q) => c[q]);
  const pairs = quarters.filter((q) => rpOf(t, colIndex(c[q]!)) !== null);
  if (pairs.length === 0) return false;
  if (!c.pagu) c.pagu = colLetter(targetRp);
  // The latest quarter's rupiah is the spending so far when it is the only quarter (a TW I report) or the form
  // says its quarters run cumulative ("s.d."); quarters of their own would each be a part.
  const latest = colIndex(c[pairs[0]]!);
  const sofar = pairs.length === 1 || (t.cumulativeCols ?? []).includes(latest);
  if (sofar && !c.realisasiAnggaran && colIndex(c.pagu) === targetRp) {
    const rp = rpOf(t, latest);
    if (rp !== null && !Object.values(c).includes(colLetter(rp)))
      c.realisasiAnggaran = colLetter(rp);
  }
  return true;
}
