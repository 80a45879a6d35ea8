// The plan as an ordered list of small operations, each queuing Office.js calls and knowing its request size,
// so apply-plan can pack them into syncs under the payload limit.
import {
  flagColors,
  parseA1,
  parseRange,
  rangeA1,
  sheetRef,
  encodeOwnership,
  NOTE_PREFIX,
  type CellStyle,
  type CellWrite,
  type WritePlan,
} from "../../core";
import type { OfficeCapabilities } from "./capabilities";
import { restoreFormat } from "./cell-format";
import type { Annotation } from "./read-snapshot";
import {
  cellBlocks,
  formulaInput,
  groupIntoBlocks,
  numberFormatInput,
  splitRows,
  type Block,
} from "./write-blocks";

export interface Op {
  label: string;
  /** A comment written in place of a note (the apply tries one first: some hosts refuse them). */
  comment?: { sheet: string; cell: string };
  /** Estimated JSON size of what `queue` sends. */
  bytes: number;
  queue(): void;
}

/**
 * Per queued action: its envelope and what office.js sends with it — the object paths it names (sheet, range,
 * format…), an Instantiate action per path and a _KeepReference per range. Measured through Microsoft's office.js
 * (tests/officejs/large.test.ts, 20,000 rows): ~700–750 bytes per range write beyond its data (400 underestimated a
 * 4.0 MB chunk that office.js sent as 4.96 MB).
 */
const ACTION_BYTES = 800;

const json = (v: unknown): number => JSON.stringify(v).length;

/** Excel column width in points for a width in characters (the planner's unit, as in ExcelJS): 7 px per char + 5 px padding. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function blockAddress(b: Block<unknown>): string {
  return rangeA1({
    top: b.top,
    left: b.left,
    bottom: b.top + b.cells.length - 1,
    right: b.left + b.cells[0].length - 1,
  });
}

function styleRange(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  switch (style) {
    case "header":
      f.font.bold = true;
      f.fill.color = "#E8F1FB";
      f.wrapText = true;
      break;
    case "computed":
      f.fill.color = "#F3F8EE";
      break;
    case "summaryTitle":
      f.font.bold = true;
      f.font.size = 14;
      break;
    case "summaryLabel":
      f.font.bold = true;
      break;
    case "link":
      f.font.color = "#0563C1";
      f.font.underline = "Single";
      break;
    default:
      break;
  }
}

export interface OpsInput {
  context: Excel.RequestContext;
  plan: WritePlan;
  caps: Pick<OfficeCapabilities, "notes" | "comments" | "charts">;
  metaExists: boolean;
  deletions: Array<() => void>;
  annotations?: Annotation[];
  maxRequestBytes: number;
}

export function buildOps({
  context,
  plan,
  caps,
  metaExists,
  deletions,
  annotations,
  maxRequestBytes,
}: OpsInput): Op[] {
  const sheets = context.workbook.worksheets;
  const ops: Op[] = [];
  const removedSheet = new Set(plan.remove.sheets.map((s) => s.toLowerCase()));

  // 1. The previous run's output. Flags/notes first: clearing formats may already drop a flag inside our range,
  // and deleting a conditional format that is gone fails the whole batch.
  deletions.forEach((del, i) =>
    ops.push({ label: `delete previous annotation/flag ${i}`, bytes: ACTION_BYTES, queue: del })
  );
  for (const r of plan.remove.ranges) {
    if (removedSheet.has(r.sheet.toLowerCase())) continue;
    ops.push({
      label: `clear ${r.sheet}!${r.range}`,
      bytes: 3 * ACTION_BYTES,
      queue: () => {
        // Three clears: "Contents" keeps hyperlinks and "Formats" keeps contents; a vanished sheet is a null object (no-op).
        const range = sheets.getItemOrNullObject(r.sheet).getRange(r.range);
        range.clear("Contents");
        range.clear("Formats");
        range.clear("Hyperlinks");
      },
    });
  }
  for (const f of plan.remove.restoreFormats) {
    if (removedSheet.has(f.sheet.toLowerCase())) continue;
    ops.push({
      label: `restore format ${f.sheet}!${f.cell}`,
      bytes: json(f.format) + 6 * ACTION_BYTES,
      queue: () => restoreFormat(sheets.getItem(f.sheet).getRange(f.cell), f.format),
    });
  }
  for (const name of plan.remove.sheets) {
    ops.push({
      label: `delete sheet ${name}`,
      bytes: ACTION_BYTES,
      queue: () => sheets.getItemOrNullObject(name).delete(),
    });
  }
  for (const name of plan.remove.names) {
    ops.push({
      label: `delete name ${name}`,
      bytes: ACTION_BYTES,
      queue: () => context.workbook.names.getItemOrNullObject(name).delete(),
    });
  }

  // 2. The ownership record and its hidden names, before anything new is written: an interrupted run can
  // always be found and removed (cells not yet written are empty, and an empty cell is cleared, never kept).
  if (plan.ownership) {
    const rows = encodeOwnership(plan.ownership).map((s) => [`'${s}`]);
    const bytes = json(rows) + 4 * ACTION_BYTES;
    const record = plan.recordSheet;
    ops.push({
      label: "ownership record",
      bytes,
      queue: () => {
        const meta = metaExists ? sheets.getItem(record) : sheets.add(record);
        if (metaExists) meta.getRange("A:A").clear("Contents");
        meta.visibility = "VeryHidden";
        meta.getRange(`A1:A${rows.length}`).values = rows;
      },
    });
  }

  // 3. New sheets and all names in one operation (one sync): a name can only point at an existing sheet, and a
  // created sheet is never left without the name that marks it as ours.
  const refs = plan.names.map((n) => ({
    name: n.name,
    // Absolute, as Excel keeps a name's reference.
    ref:
      "=" + sheetRef(n.sheet, rangeA1(parseRange(n.range)).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")),
  }));
  if (plan.addSheets.length > 0 || (plan.ownership && refs.length > 0)) {
    ops.push({
      label: "new sheets and names",
      bytes: json(refs) + (plan.addSheets.length + 3 * refs.length) * ACTION_BYTES,
      queue: () => {
        for (const name of plan.addSheets) sheets.add(name);
        if (!plan.ownership) return;
        const names = context.workbook.names;
        for (const { name, ref } of refs) {
          names.getItemOrNullObject(name).delete(); // one of ours left from an earlier run: replaced
          names.add(name, ref).visible = false;
        }
      },
    });
  }
  const band = Math.max(10_000, Math.floor(maxRequestBytes / 8));
  for (const block of cellBlocks(plan.cells)) {
    const rowBytes = (row: CellWrite[]): number =>
      json(row.map(formulaInput)) + json(row.map(numberFormatInput)) + 2;
    for (const part of splitRows(block, rowBytes, band)) {
      const address = blockAddress(part);
      const formulas = part.cells.map((row) => row.map(formulaInput));
      const formats = part.cells.map((row) => row.map(numberFormatInput));
      if (formats.some((row) => row.some((f) => f !== null))) {
        ops.push({
          label: `formats ${part.sheet}!${address}`,
          bytes: json(formats) + ACTION_BYTES,
          queue: () => void (sheets.getItem(part.sheet).getRange(address).numberFormat = formats),
        });
      }
      if (formulas.some((row) => row.some((f) => f !== null))) {
        ops.push({
          label: `values ${part.sheet}!${address}`,
          bytes: json(formulas) + ACTION_BYTES,
          queue: () => void (sheets.getItem(part.sheet).getRange(address).formulas = formulas),
        });
      }
    }
  }

  // 4. Styles and links after the values.
  const styles: CellStyle[] = ["header", "computed", "summaryTitle", "summaryLabel", "link"];
  for (const style of styles) {
    const cells = plan.cells
      .filter((c) => c.style === style)
      .map((c) => ({ sheet: c.sheet, ...parseA1(c.cell), item: style }));
    for (const b of groupIntoBlocks(cells)) {
      const address = blockAddress(b);
      ops.push({
        label: `style ${style} ${b.sheet}!${address}`,
        bytes: 3 * ACTION_BYTES,
        queue: () => void styleRange(sheets.getItem(b.sheet).getRange(address), style),
      });
    }
  }
  for (const c of plan.cells.filter((x) => x.link)) {
    ops.push({
      label: `link ${c.sheet}!${c.cell}`,
      bytes: json(c.link) + ACTION_BYTES,
      queue: () =>
        void (sheets.getItem(c.sheet).getRange(c.cell).hyperlink = { documentReference: c.link }),
    });
  }

  // 5. Column widths, flags, notes, charts.
  for (const w of plan.columnWidths) {
    const col = `${w.column}:${w.column}`;
    ops.push({
      label: `width ${w.sheet}!${col}`,
      bytes: ACTION_BYTES,
      queue: () =>
        void (sheets.getItem(w.sheet).getRange(col).format.columnWidth = charsToPoints(w.width)),
    });
  }
  for (const f of plan.flags) {
    const colors = flagColors(f);
    ops.push({
      label: `flag ${f.sheet}!${f.range}`,
      bytes: json(f.formula) + 4 * ACTION_BYTES,
      queue: () => {
        const cf = sheets.getItem(f.sheet).getRange(f.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = f.formula;
        cf.custom.format.fill.color = `#${colors.fill}`;
        if (colors.font) cf.custom.format.font.color = `#${colors.font}`;
      },
    });
  }
  const userAnnotated = new Set(
    (annotations ?? [])
      .filter((a) => !a.content.startsWith(NOTE_PREFIX))
      .map((a) => `${a.sheet.toLowerCase()}!${a.cell.toUpperCase()}`)
  );
  for (const n of plan.notes) {
    // A cell holds one note or comment: never cover the user's, and use what the host has.
    if (userAnnotated.has(`${n.sheet.toLowerCase()}!${n.cell.toUpperCase()}`)) continue;
    const kind = n.kind === "note" && caps.notes ? "note" : caps.comments ? "comment" : null;
    if (!kind) continue;
    const text = n.text.startsWith(NOTE_PREFIX) ? n.text : NOTE_PREFIX + n.text;
    ops.push({
      label: `${kind} ${n.sheet}!${n.cell}`,
      comment: kind === "comment" ? { sheet: n.sheet, cell: n.cell } : undefined,
      bytes: json(text) + 2 * ACTION_BYTES,
      queue: () => {
        const ws = sheets.getItem(n.sheet);
        if (kind === "note") ws.notes.add(ws.getRange(n.cell), text);
        else context.workbook.comments.add(ws.getRange(n.cell), text);
      },
    });
  }
  if (caps.charts) {
    for (const ch of plan.charts) {
      if (ch.series.length === 0) continue;
      ops.push({
        label: `chart ${ch.sheet} ${ch.title}`,
        bytes: json(ch) + (4 + 4 * ch.series.length) * ACTION_BYTES,
        queue: () => {
          const ws = sheets.getItem(ch.sheet);
          const chart = ws.charts.add("BarClustered", ws.getRange(ch.series[0].values), "Columns");
          chart.title.text = ch.title;
          chart.setPosition(ch.from, ch.to);
          ch.series.forEach((s, i) => {
            const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
            if (i === 0) series.name = s.name;
            else series.setValues(ws.getRange(s.values));
            series.setXAxisValues(ws.getRange(ch.categories));
          });
        },
      });
    }
  }

  // 6. A pure removal deletes the record itself, last. Excel refuses to delete a very hidden sheet: hidden first.
  if (plan.ownership === null && metaExists) {
    ops.push({
      label: "delete ownership record",
      bytes: 2 * ACTION_BYTES,
      queue: () => {
        const meta = sheets.getItem(plan.recordSheet);
        meta.visibility = "Hidden";
        meta.delete();
      },
    });
  }
  return ops;
}
