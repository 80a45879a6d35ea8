// Review marks: a reviewer's "Sudah diperiksa" or "Diterima + alasan" on a finding, kept with the document.
import type { Anomaly } from "../types";

export type MarkState = "checked" | "accepted";

/** One mark, as the document (and `capaian analyze --marks`) keeps it. */
export interface ReviewMark {
  /** The finding's key: `${identity}#${fingerprint}` (see findingKey). */
  key: string;
  state: MarkState;
  /** Why the finding is accepted (required for "accepted"). */
  reason?: string;
  /** Who marked it: the Office user's display name, else a name typed once. */
  by: string;
  /** ISO time of the mark. */
  at: string;
}

/** The stored record: `{ "version": 1, "marks": [...] }`. */
export interface ReviewMarks {
  version: 1;
  marks: ReviewMark[];
}

/** What a finding is, independent of where it sits: stable across re-runs and row moves. */
export interface FindingIdentity {
  /** rule | sheet | subject | column: the same finding on a re-run, even after its row moved. */
  id: string;
  /** Hash of the finding's input cells' contents and figures: changes when the underlying cells change. */
  fingerprint: string;
  /** `${id}#${fingerprint}`: what a mark stores. */
  key: string;
  /** The indicator or budget line the finding concerns (its name), or the row's label. */
  subject: string | null;
  /** The subject as written (the indicator's name), for display. */
  label: string | null;
  /** The column's role or header ("capaian", "Anggaran (Rp) / Pagu"). */
  column: string;
  /** Same fault, any sheet: rule | subject | column | figures (for showing a fault on two sheets once). */
  dedupe: string;
}

/** The review state of one finding in a new report. */
export type ReviewState = "open" | "checked" | "accepted" | "reopened";

export interface ReviewedAnomaly extends Anomaly {
  review: {
    key: string;
    state: ReviewState;
    /** The mark that applies (or, for "reopened", the mark made on the earlier contents). */
    mark?: ReviewMark;
  };
}

export interface MarkMatch {
  anomalies: ReviewedAnomaly[];
  /** Marks whose finding is still there with the same inputs. */
  kept: ReviewMark[];
  /** Marks whose finding is still there but whose input cells changed: the finding is open again. */
  reopened: ReviewMark[];
  /** Marks whose finding no longer occurs. */
  orphaned: ReviewMark[];
}
