// Apply a WritePlan through Office.js: one probe sync, then the operations packed into as few syncs as the
// request-size budget allows. Order and meaning follow docs/ARCHITECTURE.md ("WritePlan semantics").
import { NOTE_PREFIX, type HostCapabilities, type WritePlan } from "../../core";
import { buildOps, type Op } from "./apply-ops";
import { probeWorkbook } from "./apply-probe";
import { detectCapabilities, type OfficeCapabilities } from "./capabilities";
import { OfficeApplyError, toApplyError } from "./errors";
import type { Annotation } from "./read-snapshot";

export interface ApplyPlanOptions {
  /** Sheet names from the snapshot just read: lets a first run skip the probe sync. */
  snapshotSheetNames?: string[];
  /** Notes/comments from `readWorkbook`: removal then needs no lookup, and the user's are never covered. */
  annotations?: Annotation[];
  onProgress?(done: number, total: number): void;
  /** Checked between syncs: an abort stops cleanly; the ownership record already lists everything planned. */
  signal?: AbortSignal;
  /** Request budget per sync (Excel on the web refuses 5 MB). */
  maxRequestBytes?: number;
}

export interface ApplyPlanResult {
  syncs: number;
  /** Write syncs (the probe not counted). */
  chunks: number;
  /** Largest estimated request of a write sync. */
  largestRequestBytes: number;
  cancelled: boolean;
}

/**
 * What a chunk's estimated request may reach. The estimate runs up to ~15% under what office.js really serializes
 * (measured in tests/officejs/large.test.ts on 20,000 rows), so chunks aim at 3.4 MB to keep every real request
 * under 4 MB, well inside Excel on the web's 5 MB limit.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 3_400_000;

/**
 * Excel on the web often refuses a large request with GeneralException rather than a payload-limit code: a request
 * at least this large that fails so is sent again in halves (a small one that fails so is a real error).
 */
export const GENERAL_EXCEPTION_SPLIT_BYTES = 500_000;

/** Codes with which a host that claims ExcelApi 1.10 may still refuse `comments.add`. */
const COMMENTS_UNAVAILABLE = [
  "NotImplemented",
  "ApiNotFound",
  "ApiNotAvailable",
  "GeneralException",
];

/** Refused for its size, so nothing of it was applied: the chunk can go again in halves. */
function refusedForSize(e: unknown, bytes: number): boolean {
  if (!(e instanceof OfficeApplyError)) return false;
  if (e.code === "RequestPayloadSizeLimitExceeded") return true;
  return e.officeCode === "GeneralException" && bytes >= GENERAL_EXCEPTION_SPLIT_BYTES;
}

/** Pack operations in order into chunks whose estimated size stays under the budget. */
export function packOps(ops: Op[], budget: number): Op[][] {
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const chunkBytes = (ops: Op[]): number => ops.reduce((n, op) => n + op.bytes, 0);

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  caps: HostCapabilities & Partial<OfficeCapabilities>,
  opts: ApplyPlanOptions = {}
): Promise<ApplyPlanResult> {
  const budget = opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const suspendCalc = caps.suspendCalc ?? detectCapabilities().suspendCalc;
  const result: ApplyPlanResult = { syncs: 0, chunks: 0, largestRequestBytes: 0, cancelled: false };
  const sync = async (step: string): Promise<void> => {
    result.syncs++;
    try {
      await context.sync();
    } catch (e) {
      throw toApplyError(e, step);
    }
  };

  try {
    if (opts.signal?.aborted) return { ...result, cancelled: true };
    const probe = await probeWorkbook(context, plan, caps, opts, sync);
    if (probe.metaForeign) {
      // The planner never names a user's sheet as the record; this makes sure no plan could take one over.
      throw new OfficeApplyError({
        code: "ItemAlreadyExists",
        message: `Sheet ${plan.recordSheet} is not the add-in's record`,
        officeCode: "ItemAlreadyExists",
        step: "probe",
      });
    }
    if (probe.collisions.length > 0) {
      throw new OfficeApplyError({
        code: "ItemAlreadyExists",
        message: `Sheet already exists: ${probe.collisions.join(", ")}`,
        officeCode: "ItemAlreadyExists",
        step: "probe",
      });
    }
    let ops = buildOps({
      context,
      plan,
      caps,
      metaExists: probe.metaExists && !probe.metaForeign,
      deletions: probe.deletions,
      annotations: opts.annotations,
      maxRequestBytes: budget,
    });
    // Comments instead of notes: some builds that claim ExcelApi 1.10 refuse comments.add (NotImplemented). Try one
    // before any chunk is written (added and deleted in one request, so nothing stays), on the sheet's last cell,
    // where no comment is (a cell holds one thread: our previous run's are deleted only in the first chunk), and
    // leave comments out if refused.
    const firstComment = ops.find(
      (op) =>
        op.comment &&
        !plan.addSheets.some((s) => s.toLowerCase() === op.comment?.sheet.toLowerCase())
    )?.comment;
    if (firstComment) {
      const probe = context.workbook.comments.add(
        context.workbook.worksheets.getItem(firstComment.sheet).getRange("XFD1048576"),
        `${NOTE_PREFIX}probe`
      );
      probe.delete();
      try {
        await sync("probe comments");
      } catch (e) {
        const code = e instanceof OfficeApplyError ? e.officeCode : undefined;
        if (!code || !COMMENTS_UNAVAILABLE.includes(code)) throw e;
        ops = ops.filter((op) => !op.comment);
      }
    }
    const chunks = packOps(ops, budget);

    // One chunk per sync: a sync inside this loop is the point (each request must stay under the size limit).
    const runChunk = async (chunk: Op[], step: string): Promise<void> => {
      if (suspendCalc) context.application.suspendApiCalculationUntilNextSync();
      for (const op of chunk) op.queue();
      result.chunks++;
      result.largestRequestBytes = Math.max(result.largestRequestBytes, chunkBytes(chunk));
      try {
        await sync(step);
      } catch (e) {
        // A request refused for its size applied nothing: resend it in halves (our estimate was too low).
        if (!refusedForSize(e, chunkBytes(chunk)) || chunk.length < 2) throw e;
        const half = Math.ceil(chunk.length / 2);
        await runChunk(chunk.slice(0, half), `${step}a`);
        await runChunk(chunk.slice(half), `${step}b`);
      }
    };
    for (let i = 0; i < chunks.length; i++) {
      if (opts.signal?.aborted) {
        result.cancelled = true;
        break;
      }
      await runChunk(chunks[i], `write ${i + 1}/${chunks.length}`);
      opts.onProgress?.(i + 1, chunks.length);
    }
    return result;
  } catch (e) {
    throw toApplyError(e, "apply");
  }
}
