// The one formatter: id-ID / en-US numbers, percentages, Rupiah and dates (issue 11 item 3).
import {
  fmtCount,
  fmtDateTime,
  fmtNumber,
  fmtPercent,
  fmtRupiah,
} from "../../src/core/i18n/format";

test("numbers and counts group by the language", () => {
  expect(fmtCount(61050, "id")).toBe("61.050");
  expect(fmtCount(61050, "en")).toBe("61,050");
  expect(fmtCount(20000, "id")).toBe("20.000");
  expect(fmtNumber(1234.5, "id")).toBe("1.234,5");
  expect(fmtNumber(1234.5, "en")).toBe("1,234.5");
  expect(fmtNumber(100, "id", 0)).toBe("100"); // no decimals: the zeros of the integer stay
  expect(fmtNumber(10, "en")).toBe("10");
  expect(fmtNumber(null, "id")).toBe("–");
});

test("percentages always with two decimals", () => {
  expect(fmtPercent(1.8047, "id")).toBe("180,47%");
  expect(fmtPercent(0.36, "en")).toBe("36.00%");
  expect(fmtPercent(12.5, "en")).toBe("1,250.00%");
});

test("Rupiah without decimals", () => {
  expect(fmtRupiah(10818959000, "id")).toBe("Rp10.818.959.000");
  expect(fmtRupiah(10818959000, "en")).toBe("Rp10,818,959,000");
  expect(fmtRupiah(-1500.4, "id")).toBe("-Rp1.500");
  expect(fmtRupiah(undefined, "en")).toBe("–");
});

test("dates in Indonesia's zones, as people write them", () => {
  const at = "2026-12-01T03:47:10Z";
  expect(fmtDateTime(at, "id", "Asia/Jakarta")).toBe("1 Desember 2026 10.47 WIB");
  expect(fmtDateTime(at, "en", "Asia/Jakarta")).toBe("1 December 2026 10:47 WIB");
  expect(fmtDateTime(at, "id", "Asia/Makassar")).toBe("1 Desember 2026 11.47 WITA");
  expect(fmtDateTime(at, "id", "Asia/Jayapura")).toBe("1 Desember 2026 12.47 WIT");
  expect(fmtDateTime(at, "en", "UTC")).toBe("1 December 2026 03:47 UTC");
  // Elsewhere the offset: Berlin is UTC+1 in winter.
  expect(fmtDateTime(at, "id", "Europe/Berlin")).toBe("1 Desember 2026 04.47 UTC+1");
  // Midnight in Jakarta rolls the day over.
  expect(fmtDateTime("2026-12-31T17:30:00Z", "id", "Asia/Jakarta")).toBe(
    "1 Januari 2027 00.30 WIB"
  );
  expect(fmtDateTime("bukan tanggal", "id")).toBe("bukan tanggal");
});
