// What a run left alone, worded from the packs' `kept` section (expected lines written out from id.ts / en.ts).
import { keptLines } from "../../src/core/i18n/kept";
import type { WritePlan } from "../../src/core/types";

const KEPT: WritePlan["kept"] = [
  { sheet: "Capaian IKU 2025", cell: "K5", reason: "edited" },
  { sheet: "Data", cell: "L9:L20", reason: "name-missing" },
  { sheet: "Lama", cell: "A1", reason: "sheet-missing" },
  { sheet: "Data", cell: "M3", reason: "occupied" },
];

test("one Indonesian line per kept cell, the sheet quoted as in a formula", () => {
  expect(keptLines(KEPT, "id")).toEqual([
    "'Capaian IKU 2025'!K5 diubah pengguna: dibiarkan",
    "Data!L9:L20: penanda hasil sebelumnya hilang, tidak dihapus (periksa sendiri)",
    "Lembar Lama tidak ada lagi: hasil sebelumnya di sana tidak dicari",
    "Data!M3 sudah terisi: dilewati",
  ]);
});

test("in English, and at most `max` lines followed by the count of the rest", () => {
  expect(keptLines(KEPT, "en", 2)).toEqual([
    "'Capaian IKU 2025'!K5 changed by you: left alone",
    "Data!L9:L20: the marker of the previous output is gone, not removed (check it yourself)",
    "… and 2 more",
  ]);
  expect(keptLines(KEPT, "id", 3)[3]).toBe("… dan 1 lainnya");
});
