// The one formatter for people: numbers, percentages, Rupiah and dates, id-ID ("51,43%", "42.010",
// "Rp10.818.959.000", "1 Desember 2026 10.47 WIB") or en-US ("51.43%", "42,010", "Rp10,818,959,000",
// "1 December 2026 10:47 WIB"). Hand-written rather than Intl.NumberFormat so the report's messages are the
// same on every runtime (Node's small-ICU builds and browsers differ in spaces and rounding).
import type { Lang } from "../types";

const MISSING = "–";

function separators(lang: Lang): [thousands: string, decimal: string] {
  return lang === "en" ? [",", "."] : [".", ","];
}

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function finite(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Up to `decimals` decimals, trailing zeros dropped: "42.010", "1.234,5". */
export function fmtNumber(v: number | null | undefined, lang: Lang, decimals = 2): string {
  if (!finite(v)) return MISSING;
  const fixed = Math.abs(v)
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  const [i, f] = fixed.split(".");
  const [thou, dec] = separators(lang);
  return (v < 0 ? "-" : "") + group(i, thou) + (f ? dec + f : "");
}

/** A whole count: "61.050" / "61,050". */
export function fmtCount(v: number | null | undefined, lang: Lang): string {
  return finite(v) ? fmtNumber(Math.round(v), lang, 0) : MISSING;
}

/** A ratio (1 = 100%) with two decimals: "51,43%" / "51.43%". */
export function fmtPercent(v: number | null | undefined, lang: Lang): string {
  if (!finite(v)) return MISSING;
  const p = v * 100;
  const fixed = Math.abs(p).toFixed(2);
  const [i, f] = fixed.split(".");
  const [thou, dec] = separators(lang);
  return (p < 0 ? "-" : "") + group(i, thou) + dec + f + "%";
}

/** Rupiah without decimals: "Rp10.818.959.000" / "Rp10,818,959,000". */
export function fmtRupiah(v: number | null | undefined, lang: Lang): string {
  if (!finite(v)) return MISSING;
  const [thou] = separators(lang);
  const whole = Math.round(Math.abs(v)).toFixed(0);
  return (v < 0 && whole !== "0" ? "-" : "") + "Rp" + group(whole, thou);
}

const MONTHS: Record<Lang, string[]> = {
  id: "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(
    " "
  ),
  en: "January February March April May June July August September October November December".split(
    " "
  ),
};

/** Indonesia's three zones by their usual names; elsewhere the offset ("UTC+2"). */
const ZONE_NAMES: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
  UTC: "UTC",
  "Etc/UTC": "UTC",
};

/** The machine's time zone (IANA name), or UTC when the runtime does not say. */
export function localTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(date: Date, timeZone: string): WallClock | null {
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    }).formatToParts(date);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return {
      year: get("year"),
      month: get("month"),
      day: get("day"),
      hour: get("hour") % 24,
      minute: get("minute"),
    };
  } catch {
    return null;
  }
}

function zoneName(date: Date, timeZone: string, clock: WallClock): string {
  if (ZONE_NAMES[timeZone]) return ZONE_NAMES[timeZone];
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const minutes = Math.round((asUtc - Math.floor(date.getTime() / 60000) * 60000) / 60000);
  if (minutes === 0) return "UTC";
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? "−" : "+"}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/**
 * An instant (ISO string or Date) as people read it: "1 Desember 2026 10.47 WIB" / "1 December 2026 10:47 WIB",
 * in `timeZone` (default: the machine's). An unreadable value comes back as it was.
 */
export function fmtDateTime(value: string | Date, lang: Lang, timeZone = localTimeZone()): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  let zone = timeZone;
  let clock = wallClock(date, zone);
  if (!clock) {
    zone = "UTC";
    clock = wallClock(date, zone);
  }
  if (!clock) return date.toISOString();
  const hh = String(clock.hour).padStart(2, "0");
  const mm = String(clock.minute).padStart(2, "0");
  const time = lang === "en" ? `${hh}:${mm}` : `${hh}.${mm}`;
  const month = MONTHS[lang === "en" ? "en" : "id"][clock.month - 1];
  return `${clock.day} ${month} ${clock.year} ${time} ${zoneName(date, zone, clock)}`;
}
