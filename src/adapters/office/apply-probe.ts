// The one read an apply needs before writing (queued together, one sync): does the record sheet exist (and is it
// ours: A1 holds the signature), would a new sheet clash with a user's sheet, which conditional formats are the
// exact ones the plan removes (by id: deleting by position can hit a user's rule), which notes/comments are ours.
import {
  splitSheetRef,
  V1_SIGNATURE,
  NOTE_PREFIX,
  RECORD_SIGNATURE,
  type WritePlan,
} from "../../core";
import type { OfficeCapabilities } from "./capabilities";
import type { Annotation } from "./read-snapshot";

export interface ProbeOptions {
  snapshotSheetNames?: string[];
  annotations?: Annotation[];
}

export interface ProbeResult {
  metaExists: boolean;
  /** The record sheet exists but is not ours (no signature in A1): the plan must not touch it. */
  metaForeign: boolean;
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
  const result: ProbeResult = {
    metaExists: false,
    metaForeign: false,
    collisions: [],
    deletions: [],
    syncs: 0,
  };
  const known = opts.snapshotSheetNames;
  let queued = false;

  // Sheet existence: from the snapshot when the caller has it, else asked in the probe. The record sheet's A1 is
  // always read when it exists: only a signed sheet is ever rewritten or deleted.
  const metaKnown = known ? known.some((s) => same(s, plan.recordSheet)) : true;
  const metaSheet = metaKnown ? sheets.getItemOrNullObject(plan.recordSheet) : null;
  const metaA1 = metaSheet ? metaSheet.getRange("A1") : null;
  metaSheet?.load("name");
  metaA1?.load("values");
  const toAdd = plan.addSheets.filter((name) => !removed(name));
  const adds = known ? [] : toAdd.map((name) => sheets.getItemOrNullObject(name));
  adds.forEach((ws) => ws.load("name"));
  queued = queued || metaSheet !== null || adds.length > 0;

  // Our rules: by exact formula, loaded with their ids (see below).
  const formulasBySheet = new Map<string, Set<string>>();
  for (const f of plan.remove.flags) {
    if (removed(f.sheet)) continue;
    const set = formulasBySheet.get(f.sheet) ?? new Set<string>();
    set.add(bare(f.formula));
    formulasBySheet.set(f.sheet, set);
  }
  const queueRules = () =>
    [...formulasBySheet].map(([name, formulas]) => {
      const cfs = sheets.getItemOrNullObject(name).getRange().conditionalFormats;
      cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return { name, formulas, cfs };
    });
  let flagged = queueRules();
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
    try {
      await sync("probe");
    } catch (e) {
      // Reading a user's rule can fail on some workbooks (known Excel bugs): probe again without the rules,
      // then read them sheet by sheet; a sheet whose rules cannot be read keeps them (ours included).
      if (flagged.length === 0) throw e;
      flagged = [];
      return probeWithoutRules(context, plan, caps, opts, sync, formulasBySheet);
    }
    result.syncs++;
  }

  result.metaExists = metaSheet !== null && !metaSheet.isNullObject;
  if (result.metaExists) {
    const a1 = (metaA1 as Excel.Range).values?.[0]?.[0];
    result.metaForeign = a1 !== RECORD_SIGNATURE && a1 !== V1_SIGNATURE;
  }
  result.collisions = known
    ? toAdd.filter((name) => known.some((s) => same(s, name)))
    : toAdd.filter((_n, i) => !adds[i].isNullObject);

  pushRuleDeletions(context, flagged, result);

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

const bare = (formula: string): string => formula.replace(/^=/, "");

type RuleRead = { name: string; formulas: Set<string>; cfs: Excel.ConditionalFormatCollection };

/** Delete by id (never by position: an earlier delete in the batch would shift it onto a user's rule). */
function pushRuleDeletions(
  context: Excel.RequestContext,
  reads: RuleRead[],
  result: ProbeResult
): void {
  for (const { name, formulas, cfs } of reads) {
    if (cfs.isNullObject) continue;
    for (const cf of cfs.items) {
      const custom = cf.customOrNullObject;
      if (custom.isNullObject || !formulas.has(bare(custom.rule.formula ?? ""))) continue;
      const id = cf.id;
      result.deletions.push(() =>
        context.workbook.worksheets.getItem(name).getRange().conditionalFormats.getItem(id).delete()
      );
    }
  }
}

async function probeWithoutRules(
  context: Excel.RequestContext,
  plan: WritePlan,
  caps: Pick<OfficeCapabilities, "notes" | "comments">,
  opts: ProbeOptions,
  sync: (step: string) => Promise<void>,
  formulasBySheet: Map<string, Set<string>>
): Promise<ProbeResult> {
  const result = await probeWorkbook(
    context,
    { ...plan, remove: { ...plan.remove, flags: [] } },
    caps,
    opts,
    sync
  );
  for (const [name, formulas] of formulasBySheet) {
    const cfs = context.workbook.worksheets.getItemOrNullObject(name).getRange().conditionalFormats;
    cfs.load("items/id,items/type");
    try {
      await sync(`probe rules ${name}`);
      result.syncs++;
    } catch {
      continue; // this sheet's rules cannot even be listed: ours there stay rather than the run failing
    }
    // Rule by rule: the one Excel cannot describe fails alone, ours are still found (at most MAX_RULES reads).
    for (const cf of cfs.items.filter((x) => x.type === "Custom").slice(0, MAX_RULES)) {
      const custom = cf.customOrNullObject;
      custom.load("rule/formula");
      try {
        await sync(`probe rule ${name} ${cf.id}`);
        result.syncs++;
      } catch {
        continue;
      }
      if (!custom.isNullObject && formulas.has(bare(custom.rule.formula ?? ""))) {
        const id = cf.id;
        result.deletions.push(() =>
          context.workbook.worksheets
            .getItem(name)
            .getRange()
            .conditionalFormats.getItem(id)
            .delete()
        );
      }
    }
  }
  return result;
}

/** Rules read one by one on a sheet whose rules cannot be read together. */
const MAX_RULES = 200;
