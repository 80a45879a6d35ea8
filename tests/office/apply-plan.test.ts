// Applying a hand-built WritePlan through Office.js (the fake): content, text safety, flags, notes by host,
// ownership first, removal back to the original workbook, failures and cancellation.
import { applyPlan } from "../../src/adapters/office/apply-plan";
import { charsToPoints } from "../../src/adapters/office/apply-ops";
import { OfficeApplyError } from "../../src/adapters/office/errors";
import { readWorkbook, readWorkbookSnapshot } from "../../src/adapters/office/read-snapshot";
import { colIndex } from "../../src/core/address";
import { readOwnership } from "../../src/core/ownership";
import { FLAG_TAG, META_SHEET, NOTE_PREFIX, type WritePlan } from "../../src/core/types";
import { createFakeExcel, dumpCellAt } from "../fakes/fake-excel";
import { installFakeOffice } from "../fakes/fake-office";
import {
  fakeWith,
  FLAG_FORMULA,
  rejection,
  removalOf,
  removalPlan,
  runOn,
  samplePlan,
  seedWorkbook,
} from "./helpers";

const IKU = "IKU 2024";

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("applyPlan on ExcelApi 1.18", () => {
  test("writes formulas, literal text, formats, links, flags, a note, a chart, the summary sheet and the record", async () => {
    const { fake, caps } = fakeWith("1.18");
    const result = await runOn(fake, async (ctx) => {
      await readWorkbookSnapshot(ctx, caps);
      return applyPlan(ctx, samplePlan("note"), caps);
    });
    expect(fake.syncCount).toBeLessThanOrEqual(5); // read 3 + probe + one write
    expect(result).toMatchObject({ chunks: 1, cancelled: false });
    const d = fake.dump();
    const at = (sheet: string, a: string) => dumpCellAt(d, sheet, a);

    expect(at(IKU, "E3")).toMatchObject({ value: "Capaian", bold: true, fill: "#E8F1FB" });
    expect(at(IKU, "E4")).toMatchObject({
      formula: '=IFERROR(D4/C4,"")',
      numberFormat: "0.00%",
      fill: "#F3F8EE",
    });
    // Strings stay literal text whatever they look like.
    const texts = ["=1+1", "+62 812 555", "-", "@risiko", "007", "12%", "#N/A"];
    texts.forEach((t, i) =>
      expect(at(IKU, `F${4 + i}`)).toMatchObject({
        value: t,
        formula: null,
        numberFormat: "General",
      })
    );

    expect(at("Ringkasan", "A4")).toMatchObject({
      value: "Lihat tabel",
      hyperlink: "'IKU 2024'!E4",
      fontColor: "#0563C1",
    });
    expect(at("Ringkasan", "B3")).toMatchObject({
      formula: "='IKU 2024'!E4",
      numberFormat: "0.00%",
    });
    expect(at("Ringkasan", "B4")).toMatchObject({ value: true });
    expect(at("Ringkasan", "B6")).toMatchObject({ value: 1.05, numberFormat: "0%" });
    const ringkasan = fake.workbookState.findSheet("Ringkasan");
    expect(ringkasan?.get(0, 0)).toMatchObject({
      value: "Ringkasan Capaian",
      bold: true,
      fontSize: 14,
    });
    expect(fake.workbookState.findSheet(IKU)?.colWidths.get(colIndex("E"))).toBe(charsToPoints(14));

    const iku = d.sheets.find((s) => s.name === IKU);
    const flags = iku?.conditionalFormats.filter((c) => c.formula?.includes(FLAG_TAG));
    expect(flags).toEqual(
      expect.arrayContaining([
        {
          range: "D5",
          type: "Custom",
          formula: FLAG_FORMULA,
          fill: "#FDE2E1",
          fontColor: "#9C0006",
        },
        {
          range: "C6",
          type: "Custom",
          formula: FLAG_FORMULA,
          fill: "#FFF2CC",
          fontColor: "#7F6000",
        },
        { range: "E4", type: "Custom", formula: FLAG_FORMULA, fill: "#DDEBF7", fontColor: null },
      ])
    );
    expect(iku?.conditionalFormats).toHaveLength(5); // two of the user's + three flags
    expect(iku?.notes).toEqual({
      B4: "Catatan pengguna",
      E6: `${NOTE_PREFIX}Target nol: capaian tidak dihitung`,
    });
    expect(iku?.comments).toEqual({ B5: "Komentar pengguna" });

    const summary = d.sheets.find((s) => s.name === "Ringkasan");
    expect(summary?.charts).toEqual([
      {
        type: "BarClustered",
        title: "Capaian per indikator",
        from: "D2",
        to: "J15",
        series: [{ name: "Capaian", values: "Ringkasan!B6:B7", categories: "Ringkasan!A6:A7" }],
      },
    ]);
    const meta = d.sheets.find((s) => s.name === META_SHEET);
    expect(meta?.visibility).toBe("VeryHidden");
    const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx, caps));
    expect(readOwnership(snap)).toEqual(samplePlan().ownership);
  });

  test("a re-run replaces its own output: no second flag, note or summary sheet", async () => {
    const { fake, caps } = fakeWith("1.18");
    const plan = samplePlan("note");
    await runOn(fake, (ctx) => applyPlan(ctx, plan, caps));
    const once = fake.dump();
    const o = plan.ownership!;
    const rerun: WritePlan = {
      ...plan,
      remove: removalOf(o),
    };
    const before = fake.syncCount;
    await runOn(fake, (ctx) => applyPlan(ctx, rerun, caps));
    expect(fake.syncCount - before).toBe(2); // probe + one write
    expect(fake.dump()).toEqual(once);
  });

  test("removal restores the original workbook; the user's formats, notes and comments survive", async () => {
    const { fake, caps } = fakeWith("1.18");
    const original = fake.dump();
    await runOn(fake, (ctx) => applyPlan(ctx, samplePlan("note"), caps));
    expect(fake.dump()).not.toEqual(original);
    const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx, caps));
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(readOwnership(snap)!), caps));
    expect(fake.dump()).toEqual(original);
    const iku = fake.dump().sheets[0];
    expect(iku.conditionalFormats.map((c) => c.formula)).toEqual(["=D4<C4", null]);
  });

  test("removal keeps a note the user put where ours was", async () => {
    const { fake, caps } = fakeWith("1.18");
    const plan = samplePlan("note");
    await runOn(fake, (ctx) => applyPlan(ctx, plan, caps));
    fake.workbookState.findSheet(IKU)!.notes.forEach((n) => {
      if (n.content.startsWith(NOTE_PREFIX)) n.content = "Punya saya";
    });
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(plan.ownership!), caps));
    expect(fake.dump().sheets[0].notes).toEqual({ B4: "Catatan pengguna", E6: "Punya saya" });
  });

  test("a cell the user formatted as Text still receives a live formula; numbers stay numbers", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", numberFormats: [["@", "@"]] }] });
    const plan: WritePlan = {
      ...removalPlan({ version: 2, blocks: [], sheets: [], notes: [], flags: [], writtenAt: "" }),
      cells: [
        { sheet: "S", cell: "A1", formula: "=1+1" },
        { sheet: "S", cell: "B1", value: 7 },
      ],
      ownership: {
        version: 2,
        blocks: [{ name: "_CapaianIKU_b1", sheet: "S", range: "A1:B1", cells: ["a", "b"] }],
        sheets: [],
        notes: [],
        flags: [],
        writtenAt: "",
      },
    };
    await runOn(fake, (ctx) =>
      applyPlan(ctx, plan, { notes: false, comments: false, charts: false })
    );
    expect(dumpCellAt(fake.dump(), "S", "A1")).toMatchObject({
      formula: "=1+1",
      numberFormat: "General",
    });
    expect(dumpCellAt(fake.dump(), "S", "B1")).toMatchObject({ value: 7, numberFormat: "General" });
  });

  test("with snapshot sheet names a first run needs no probe: one sync", async () => {
    const { fake, caps } = fakeWith("1.18");
    const r = await runOn(fake, (ctx) =>
      applyPlan(ctx, samplePlan(), caps, { snapshotSheetNames: [IKU, "Lampiran"] })
    );
    expect(r.syncs).toBe(1);
    expect(fake.syncCount).toBe(1);
  });
});

describe("notes or comments follow the host", () => {
  test("ExcelApi 1.10: the note becomes a comment; removal deletes it (found through its location)", async () => {
    const { fake, caps } = fakeWith("1.10");
    const original = fake.dump();
    await runOn(fake, (ctx) => applyPlan(ctx, samplePlan("note"), caps));
    const iku = fake.dump().sheets[0];
    expect(iku.notes).toEqual({ B4: "Catatan pengguna" });
    expect(iku.comments).toEqual({
      B5: "Komentar pengguna",
      E6: `${NOTE_PREFIX}Target nol: capaian tidak dihitung`,
    });
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(samplePlan("comment").ownership!), caps));
    expect(fake.dump()).toEqual(original);
  });

  test("ExcelApi 1.10 full run with annotations from readWorkbook: removal + rewrite in 5 syncs", async () => {
    const { fake, caps } = fakeWith("1.10");
    await runOn(fake, (ctx) => applyPlan(ctx, samplePlan("comment"), caps));
    const once = fake.dump();
    const o = samplePlan("comment").ownership!;
    const rerun: WritePlan = {
      ...samplePlan("comment"),
      remove: removalOf(o),
    };
    const before = fake.syncCount;
    await runOn(fake, async (ctx) => {
      const { snapshot, annotations } = await readWorkbook(ctx, caps);
      return applyPlan(ctx, rerun, caps, {
        annotations,
        snapshotSheetNames: snapshot.sheets.map((s) => s.name),
      });
    });
    expect(fake.syncCount - before).toBe(5);
    expect(fake.dump()).toEqual(once);
  });

  test("ExcelApi 1.7: neither notes nor comments, and nothing is asked of those APIs", async () => {
    const { fake, caps } = fakeWith("1.7");
    await runOn(fake, (ctx) => applyPlan(ctx, samplePlan("note"), caps));
    const iku = fake.dump().sheets[0];
    expect(iku.notes).toEqual({ B4: "Catatan pengguna" });
    expect(iku.comments).toEqual({ B5: "Komentar pengguna" });
    expect(iku.conditionalFormats.filter((c) => c.formula === FLAG_FORMULA)).toHaveLength(3);
    expect(fake.requestLog.every((e) => e.ok)).toBe(true);
  });

  test("a cell the user annotated is left alone when annotations are known", async () => {
    const { fake, caps } = fakeWith("1.18");
    const plan = samplePlan("note");
    plan.notes = [{ sheet: IKU, cell: "B4", text: "ours", kind: "note" }];
    await runOn(fake, async (ctx) => {
      const { annotations } = await readWorkbook(ctx, caps);
      await applyPlan(ctx, plan, caps, { annotations });
    });
    expect(fake.dump().sheets[0].notes).toEqual({ B4: "Catatan pengguna" });
  });
});

describe("failures, limits and cancellation", () => {
  /** A plan with many rows so a small request budget needs several write syncs. */
  function bigPlan(rows: number): WritePlan {
    const plan = samplePlan("note");
    for (let r = 0; r < rows; r++)
      plan.cells.push({ sheet: IKU, cell: `G${20 + r}`, value: `baris ${r} ${"x".repeat(40)}` });
    plan.ownership = {
      ...plan.ownership!,
      blocks: [
        ...plan.ownership!.blocks,
        { name: "_CapaianIKU_b2", sheet: IKU, range: `G20:G${19 + rows}`, cells: new Array<string>(rows).fill("g") },
      ],
    };
    return plan;
  }

  test("a sync failing mid-run rejects with OfficeApplyError; the record written first lets removal clean up", async () => {
    const { fake, caps } = fakeWith("1.18");
    const original = fake.dump();
    const plan = bigPlan(2000);
    fake.failNextSync("AccessDenied", 2); // probe, write 1, then write 2 fails
    const err = await rejection(
      runOn(fake, (ctx) => applyPlan(ctx, plan, caps, { maxRequestBytes: 30_000 }))
    );
    expect(err).toBeInstanceOf(OfficeApplyError);
    expect(err).toMatchObject({ code: "AccessDenied" });
    expect(err.step).toMatch(/^write 2\//);
    expect(fake.dump()).not.toEqual(original); // partial output is there…
    const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx, caps));
    const record = readOwnership(snap);
    expect(record).toEqual(plan.ownership); // …and recorded
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(record!), caps));
    expect(fake.dump()).toEqual(original);
  });

  test("a protected sheet rejects with AccessDenied (no unhandled rejection), and removal still cleans", async () => {
    const { fake, caps } = fakeWith("1.18");
    const original = fake.dump();
    fake.protectSheet(IKU);
    const err = await rejection(runOn(fake, (ctx) => applyPlan(ctx, samplePlan(), caps)));
    expect(err).toMatchObject({ name: "OfficeApplyError", code: "AccessDenied" });
    fake.protectSheet(IKU, false);
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(samplePlan().ownership!), caps));
    expect(fake.dump()).toEqual(original);
  });

  test("cancelling between chunks stops cleanly; the partial output is removable", async () => {
    const { fake, caps } = fakeWith("1.18");
    const original = fake.dump();
    const controller = new AbortController();
    const progress: Array<[number, number]> = [];
    const plan = bigPlan(2000);
    const r = await runOn(fake, (ctx) =>
      applyPlan(ctx, plan, caps, {
        maxRequestBytes: 30_000,
        signal: controller.signal,
        onProgress: (done, total) => {
          progress.push([done, total]);
          if (done === 1) controller.abort();
        },
      })
    );
    expect(r.cancelled).toBe(true);
    expect(progress).toHaveLength(1);
    expect(progress[0][1]).toBeGreaterThan(2);
    expect(r.chunks).toBe(1);
    await runOn(fake, (ctx) => applyPlan(ctx, removalPlan(plan.ownership!), caps));
    expect(fake.dump()).toEqual(original);
  });

  test("a request Excel refuses as too large is resent in halves", async () => {
    // The host allows 60 kB while we budget 400 kB (so rows are banded by 50 kB): the first write is refused.
    const fake = createFakeExcel(seedWorkbook(), { payloadLimitBytes: 60_000 });
    installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
      requirementSets: "1.18",
    });
    const caps = { notes: true, comments: true, charts: true };
    const r = await runOn(fake, (ctx) =>
      applyPlan(ctx, bigPlan(1500), caps, { maxRequestBytes: 400_000 })
    );
    expect(fake.requestLog.some((e) => e.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(r.chunks).toBeGreaterThan(2);
    expect(dumpCellAt(fake.dump(), IKU, "G1519")?.value).toBe(`baris 1499 ${"x".repeat(40)}`);
  });

  test("a new sheet that would clash with a user's sheet stops before writing anything", async () => {
    const { fake, caps } = fakeWith("1.18");
    const original = fake.dump();
    const plan = { ...samplePlan(), addSheets: ["Lampiran"] };
    const err = await rejection(runOn(fake, (ctx) => applyPlan(ctx, plan, caps)));
    expect(err).toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.dump()).toEqual(original);
  });

  test("an aborted signal before the start writes nothing", async () => {
    const { fake, caps } = fakeWith("1.18");
    const controller = new AbortController();
    controller.abort();
    const r = await runOn(fake, (ctx) =>
      applyPlan(ctx, samplePlan(), caps, { signal: controller.signal })
    );
    expect(r).toMatchObject({ cancelled: true, syncs: 0 });
    expect(fake.syncCount).toBe(0);
  });
});
