// The one read an apply needs before writing (queued together, one sync): does the meta sheet exist, would a new
// sheet clash with a user's sheet, which conditional formats carry FLAG_TAG, which notes/comments are ours.
import { splitSheetRef } from "../../core/address";
import { FLAG_TAG, META_SHEET, NOTE_PREFIX, type WritePlan } from "../../core/types";
import type { OfficeCapabilities } from "./capabilities";
import type { Annotation } from "./read-snapshot";

export interface ProbeOptions {
  snapshotSheetNames?: string[];
  annotations?: Annotation[];
}

export interface ProbeResult {
  metaExists: boolean;
  /** Sheets the plan adds that already exist and are not removed first. */
  collisions: string[];
  /** Deletions of the previous run's flags, notes and comments, to queue in the first write. */
  deletions: Array<() => void>;
  syncs: number;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const normCell = (cell: string): string => cell.replace(/\$/g, "").toUpperCase();

export async function probeWorkbook(
  context: Excel.RequestContext,
  plan: WritePlan,
  caps: Pick<OfficeCapabilities, "notes" | "comments">,
  opts: ProbeOptions,
  sync: (step: string) => Promise<void>
): Promise<ProbeResult> {
  const sheets = context.workbook.worksheets;
  const removed = (name: string): boolean => plan.remove.sheets.some((s) => same(s, name));
  const result: ProbeResult = { metaExists: false, collisions: [], deletions: [], syncs: 0 };
  const known = opts.snapshotSheetNames;
  let queued = false;

  // Sheet existence: from the snapshot when the caller has it, else asked in the probe.
  const meta = known ? null : sheets.getItemOrNullObject(META_SHEET);
  const toAdd = plan.addSheets.filter((name) => !removed(name));
  const adds = known ? [] : toAdd.map((name) => sheets.getItemOrNullObject(name));
  if (meta) meta.load("name");
  adds.forEach((ws) => ws.load("name"));
  queued = queued || meta !== null || adds.length > 0;

  const flagged = plan.remove.flaggedSheets
    .filter((name) => !removed(name))
    .map((name) => {
      const cfs = sheets.getItemOrNullObject(name).getRange().conditionalFormats;
      cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return { name, cfs };
    });
  queued = queued || flagged.length > 0;

  const ourCells = plan.remove.notes.filter((n) => !removed(n.sheet));
  const given = opts.annotations;
  const notes =
    caps.notes && !given
      ? ourCells.map((n) => {
          const note = sheets.getItemOrNullObject(n.sheet).notes.getItemOrNullObject(n.cell);
          note.load("content");
          return note;
        })
      : [];
  const comments =
    caps.comments && !given && ourCells.length > 0 ? context.workbook.comments : null;
  comments?.load("items/id,items/content");
  queued = queued || notes.length > 0 || comments !== null;

  if (queued) {
    await sync("probe");
    result.syncs++;
  }

  result.metaExists = known
    ? known.some((s) => same(s, META_SHEET))
    : !(meta as Excel.Worksheet).isNullObject;
  result.collisions = known
    ? toAdd.filter((name) => known.some((s) => same(s, name)))
    : toAdd.filter((_n, i) => !adds[i].isNullObject);

  for (const { name, cfs } of flagged) {
    if (cfs.isNullObject) continue;
    for (const cf of cfs.items) {
      const custom = cf.customOrNullObject;
      if (!custom.isNullObject && (custom.rule.formula ?? "").includes(FLAG_TAG)) {
        // A range path is void after its sync (office.js: InvalidObjectPath): address the rule anew, by id.
        const id = cf.id;
        result.deletions.push(() =>
          sheets.getItem(name).getRange().conditionalFormats.getItem(id).delete()
        );
      }
    }
  }

  const wanted = (sheet: string, cell: string): boolean =>
    ourCells.some((n) => same(n.sheet, sheet) && normCell(n.cell) === normCell(cell));
  if (given) {
    for (const a of given) {
      if (!a.content.startsWith(NOTE_PREFIX) || !wanted(a.sheet, a.cell)) continue;
      if (a.kind === "note" && caps.notes)
        result.deletions.push(() =>
          sheets.getItemOrNullObject(a.sheet).notes.getItemOrNullObject(a.cell).delete()
        );
      if (a.kind === "comment" && caps.comments && a.id) {
        const id = a.id;
        result.deletions.push(() => context.workbook.comments.getItem(id).delete());
      }
    }
  }
  notes.forEach((note) => {
    if (!note.isNullObject && (note.content ?? "").startsWith(NOTE_PREFIX))
      result.deletions.push(() => note.delete());
  });

  // Comments are found by id; their cell needs one more read (only when the workbook has comments of ours).
  const ours = (comments?.items ?? []).filter((c) => (c.content ?? "").startsWith(NOTE_PREFIX));
  if (ours.length > 0) {
    const locations = ours.map((c) => {
      const loc = c.getLocation();
      loc.load("address");
      return loc;
    });
    await sync("probe comments");
    result.syncs++;
    ours.forEach((c, i) => {
      const { sheet, range } = splitSheetRef(locations[i].address);
      if (sheet !== null && wanted(sheet, range)) result.deletions.push(() => c.delete());
    });
  }
  return result;
}
