// 20,000 indicator rows read, analysed and written through Microsoft's office.js: request sizes are the real
// serialized batches (what office.js posts), and none exceeds 4 MB (Excel on the web refuses 5 MB). `npm run bench`
// runs this test and quotes the figures it writes (OFFICEJS_BENCH_OUT).
import * as fs from "fs";
import type { Browser, BrowserContext } from "playwright-core";
import { analyzeWorkbook, buildWritePlan } from "../../src/core/index";
import { createFakeExcel } from "../fakes/fake-excel";
import { seedFromSnapshot } from "../browser/fake-seed";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { assertBuilt, contextOptions, launch, serveDist, type Served } from "../browser/helpers";
import { openAdapterPage, readThroughOfficeJs } from "./adapter-page";

jest.setTimeout(600_000);

const LIMIT_4MB = 4_000_000;
let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("20,000 rows: every request office.js sends stays under 4 MB, and the run completes", async () => {
  const { snapshot } = makeIkuSnapshot({ rows: 20_000, sasaranRows: 50 }, "iku-20000.xlsx");
  const fake = createFakeExcel(seedFromSnapshot(snapshot), {
    apiVersion: "1.15",
    maxResponseBytes: 5 * 1024 * 1024,
  });
  const { page, office } = await openAdapterPage(context, server.url, fake);
  const log = office.host.log;

  let t0 = Date.now();
  const read = await readThroughOfficeJs(page);
  const readMs = Date.now() - t0;
  const readLog = log.splice(0);

  const analysis = analyzeWorkbook(read.snapshot, { lang: "id" });
  const plan = buildWritePlan(analysis, {
    capabilities: { notes: false, comments: true, charts: true },
    lang: "id",
    summary: true,
    now: "2025-06-30T08:00:00.000Z",
  });
  expect(plan.cells.length).toBeGreaterThan(20_000);

  t0 = Date.now();
  const applied = (await page.evaluate(async (p) => {
    const adapter = window.__capaian.office;
    return Excel.run((ctx) => adapter.applyPlan(ctx, p, adapter.detectCapabilities()));
  }, plan)) as { largestRequestBytes: number; chunks: number };
  const applyMs = Date.now() - t0;
  const applyLog = log.splice(0);
  await page.close();

  const max = (l: typeof readLog) => l.reduce((m, r) => Math.max(m, r.bytes), 0);
  const figures = {
    rows: 20_000,
    cells: plan.cells.length,
    read: { requests: readLog.length, largestRequestBytes: max(readLog), ms: readMs },
    apply: {
      requests: applyLog.length,
      largestRequestBytes: max(applyLog),
      estimatedLargestRequestBytes: applied.largestRequestBytes,
      chunks: applied.chunks,
      ms: applyMs,
    },
    refused: [...readLog, ...applyLog].filter((r) => !r.ok).map((r) => r.error),
  };
  if (process.env.OFFICEJS_BREAKDOWN)
    process.stderr.write(`BREAKDOWN ${JSON.stringify(applyLog.map((r) => [r.bytes, r.breakdown]))}\n`);
  if (process.env.OFFICEJS_BENCH_OUT)
    fs.writeFileSync(process.env.OFFICEJS_BENCH_OUT, JSON.stringify(figures, null, 2));
  expect(figures.refused).toEqual([]);
  expect(figures.read.largestRequestBytes).toBeLessThan(LIMIT_4MB);
  expect(figures.apply.largestRequestBytes).toBeLessThan(LIMIT_4MB);
  // Our estimate of a chunk's size is within a margin of what office.js really sends.
  expect(figures.apply.largestRequestBytes).toBeLessThan(applied.largestRequestBytes * 1.5);
});
