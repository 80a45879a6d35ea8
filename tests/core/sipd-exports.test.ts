// Issue 8, class 2: SIPD exports (LRA, RAK) read as budget tables.
import { analyzeWorkbook } from "../../src/core";
import { book, sheet } from "../helpers/grid";

describe("SIPD exports", () => {
  test("the LRA's % under BERTAMBAH/(BERKURANG) is the serapan, and a wrong one is named", () => {
    // 95 / 100 = 95,00; 180 / 200 = 90,00; 280 / 400 = 70,00 typed 75,00.
    const a = analyzeWorkbook(
      book(
        sheet(
          "LRA",
          [
            ["KODE REKENING", "URAIAN", "JUMLAH (Rp)", null, "BERTAMBAH/(BERKURANG)", null],
            [null, null, "ANGGARAN SETELAH PERUBAHAN", "REALISASI", "(Rp)", "%"],
            ["5.1.01", "Belanja Pegawai", "100,00", "95,00", "(5,00)", "95,00"],
            ["5.1.02", "Belanja Barang dan Jasa", "200,00", "180,00", "(20,00)", "90,00"],
            ["5.2.02", "Belanja Modal", "400,00", "280,00", "(120,00)", "75,00"],
          ],
          { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] }
        )
      )
    );
    expect(a.tables[0].columns.serapan).toBe("F");
    const loud = a.report.anomalies.filter((x) => x.severity !== "info");
    expect(loud.map((x) => `${x.rule} ${x.cell}`)).toEqual(["ABSORPTION_MISMATCH F5"]);
  });

  test("the RAK per quarter is a budget table: NILAI RINCIAN is the line's pagu", () => {
    const a = analyzeWorkbook(
      book(
        sheet(
          "RAK",
          [
            ["KODE", "SUB KEGIATAN", "NILAI RINCIAN", "TRIWULAN", null, null, null, "JUMLAH"],
            [null, null, null, "I", "II", "III", "IV", null],
            [
              "1.01.2.01.0001",
              "Penyediaan Gaji",
              "400,00",
              "100,00",
              "100,00",
              "100,00",
              "100,00",
              "400,00",
            ],
            [
              "1.01.2.01.0005",
              "Koordinasi",
              "150,00",
              "25,00",
              "40,00",
              "40,00",
              "45,00",
              "150,00",
            ],
            ["1.01.2.07.0002", "Kendaraan", "285,00", "0,00", "285,00", "0,00", "0,00", "285,00"],
          ],
          { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2"] }
        )
      )
    );
    expect(a.tables.map((t) => [t.kind, t.columns.pagu])).toEqual([["budget", "C"]]);
    expect(a.report.anomalies.filter((x) => x.severity !== "info")).toEqual([]);
  });
});
