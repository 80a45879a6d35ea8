// How an indicator's source cell was read, looked up by its A1 address.
import type { SourceCells, SourceKind } from "./types";

export function kindAt(s: SourceCells, addr: string): SourceKind | undefined {
  if (addr === s.target) return s.kinds.target;
  if (addr === s.annual) return s.kinds.annual;
  if (addr === s.capaian) return s.kinds.capaian;
  const q = s.quarters.indexOf(addr);
  return q >= 0 ? (s.kinds.quarters?.[q] ?? undefined) : undefined;
}
