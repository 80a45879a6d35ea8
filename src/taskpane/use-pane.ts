// The pane's state and actions, over a Host. Components stay presentational.
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Analysis, Config, ConfigProblem, Lang, WritePlan } from "../core";
import { classifyError, type PaneError } from "../shared/errors";
import type { Host } from "../shared/host";
import type { MessageKey } from "../shared/i18n";
import { inThreadEngine } from "../shared/engine";
import { planCellCount } from "../shared/light-plan";
import {
  analyzeOnly,
  removeResults,
  runFlow,
  type Phase,
  type RowProgress,
} from "../shared/run-flow";
import { useReviewMarks, type ReviewMarksModel } from "./use-review-marks";

export type Busy = null | "detect" | "run" | "summary" | "remove";

/** A notice is kept as message keys and parameters, and worded in the language shown now. */
export interface Notice {
  intent: "success" | "info" | "warning";
  key: MessageKey;
  params?: Record<string, string | number>;
  /** A sentence shown before it ("Lembar Ringkasan dibuat." before "Selesai: …"). */
  lead?: MessageKey;
  /** Cells the run or removal left alone because the user changed them (worded in the language shown now). */
  kept?: WritePlan["kept"];
  /** Saved settings that were invalid and ignored (worded in the language shown now). */
  configProblems?: ConfigProblem[];
}

export interface Selection {
  sheet: string;
  address: string;
}

export interface PaneModel {
  host: Host;
  lang: Lang;
  settings: Partial<Config>;
  analysis: Analysis | null;
  /** The plan last written to the workbook (null when the analysis is a preview). */
  plan: WritePlan | null;
  /** What a run would write for the current analysis (built off the page's thread), or null while unknown. */
  preview: WritePlan | null;
  busy: Busy;
  phase: Phase | null;
  progress: number;
  /** Table rows done of all, during a run. */
  rows: RowProgress | null;
  /** Something of the add-in is in the workbook (this run's or an earlier one's): "Hapus hasil" has work. */
  written: boolean;
  notice: Notice | null;
  error: PaneError | null;
  selection: Selection | null;
  /** The first read of the workbook (settings and detection) is done. */
  ready: boolean;
  /** The reviewer's marks (kept in the document), listed in Ringkasan by a run. */
  review: ReviewMarksModel;
  detect(): Promise<void>;
  run(summary: boolean): Promise<void>;
  cancel(): void;
  remove(): Promise<void>;
  /** Replace the settings; persist them in the document when `save`. */
  setSettings(next: Partial<Config>, save: boolean, notice?: MessageKey): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  fail(err: unknown): void;
}

export function usePane(host: Host, lang: Lang): PaneModel {
  const [settings, setSettingsState] = useState<Partial<Config>>({});
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [plan, setPlan] = useState<WritePlan | null>(null);
  const [preview, setPreview] = useState<WritePlan | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [progress, setProgress] = useState(0);
  const [rows, setRows] = useState<RowProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<PaneError | null>(
    host.supported === false ? { kind: "unsupported", detail: "ExcelApi 1.7" } : null
  );
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ready, setReady] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const langRef = useRef(lang);
  langRef.current = lang;

  const fail = useCallback((err: unknown) => {
    const e = classifyError(err);
    if (e.kind === "cancelled") setNotice({ intent: "warning", key: "runCancelled" });
    else setError(e);
  }, []);
  const review = useReviewMarks(host, fail);
  const marksRef = useRef(review.marks);
  marksRef.current = review.marks;

  const detectWith = useCallback(
    async (s: Partial<Config>, keepPlan = false) => {
      setBusy((b) => b ?? "detect");
      try {
        const a = await analyzeOnly(host, s, langRef.current);
        setAnalysis(a);
        setPreview(null);
        if (!keepPlan) setPlan(null);
        // The preview plan (first screen, Periksa) is built by the engine too, never on this thread.
        void (host.engine ?? inThreadEngine)
          .plan({
            analysis: a,
            options: {
              capabilities: host.capabilities,
              lang: langRef.current,
              summary: false,
              now: "",
            },
            stable: false,
          })
          .then(
            (p) => setPreview(p),
            () => setPreview(null)
          );
      } catch (err) {
        fail(err);
      } finally {
        setBusy((b) => (b === "detect" ? null : b));
      }
    },
    [host, fail]
  );

  const detect = useCallback(() => detectWith(settingsRef.current), [detectWith]);

  // Load the document's settings, detect once, and follow selection and workbook changes.
  useEffect(() => {
    let alive = true;
    (async () => {
      let saved: Partial<Config> | null = null;
      try {
        saved = await host.loadSettings();
      } catch (err) {
        fail(err);
      }
      if (!alive) return;
      const problems = host.settingsProblems?.() ?? [];
      if (problems.length > 0)
        setNotice({ intent: "warning", key: "settingsIgnored", configProblems: problems });
      const s = saved ?? {};
      setSettingsState(s);
      settingsRef.current = s;
      if (host.supported !== false) await detectWith(s);
      if (alive) setReady(true);
    })();
    const offSel = host.onSelectionChanged((sheet, address) => setSelection({ sheet, address }));
    // Another workbook (workbench): its own settings, a fresh detection, nothing selected or written yet.
    const offBook = host.onWorkbookChanged?.(() => {
      setSelection(null);
      setPlan(null);
      setError(null);
      setNotice(null);
      void host
        .loadSettings()
        .catch(() => null)
        .then((saved) => {
          const s = saved ?? {};
          setSettingsState(s);
          settingsRef.current = s;
          return detectWith(s);
        });
    });
    host
      .getSelection?.()
      .then((s) => alive && s && setSelection(s))
      .catch(() => undefined);
    return () => {
      alive = false;
      offSel();
      offBook?.();
    };
  }, [host, detectWith, fail]);

  // Another language: the report's messages follow (what was written to the workbook stays as it is).
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (ready && host.supported !== false) void detectWith(settingsRef.current, true);
  }, [lang, ready, host, detectWith]);

  const run = useCallback(
    async (summary: boolean) => {
      if (abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      // Every update of a run is a transition: React renders it in slices that yield to the browser, so neither
      // the click, the progress nor the results of 20,000 rows make a long task, and a Cancel click (an urgent
      // update) is handled before them. Only the cancel and error path below renders at once.
      startTransition(() => {
        setBusy(summary ? "summary" : "run");
        setError(null);
        setNotice(null);
        setProgress(0);
        setRows(null);
      });
      try {
        const result = await runFlow(host, {
          settings: settingsRef.current,
          lang: langRef.current,
          summary,
          marks: marksRef.current,
          signal: controller.signal,
          onProgress: (p, f, r) =>
            startTransition(() => {
              setPhase(p);
              setProgress(f);
              setRows(r ?? null);
            }),
        });
        abort.current = null;
        startTransition(() => {
          setAnalysis(result.analysis);
          setPlan(result.plan);
          setNotice({
            intent: result.plan.kept.length > 0 ? "warning" : "success",
            key: "runDone",
            params: {
              cells: planCellCount(result.plan),
              anomalies: result.analysis.report.anomalies.length,
            },
            lead: summary ? "summaryDone" : undefined,
            kept: result.plan.kept,
          });
          setBusy(null);
          setPhase(null);
          setRows(null);
        });
      } catch (err) {
        abort.current = null;
        // Cancelled (or failed): a small update, rendered now rather than in a task of its own behind the
        // progress transitions, so "Dibatalkan" shows within the frame.
        flushSync(() => {
          fail(err);
          if (controller.signal.aborted) setPlan(null);
          setBusy(null);
          setPhase(null);
          setRows(null);
        });
      }
    },
    [host, fail]
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  const remove = useCallback(async () => {
    setBusy("remove");
    setError(null);
    setNotice(null);
    try {
      const removal = await removeResults(host);
      setPlan(null);
      setNotice({
        intent: removal.kept.length > 0 ? "warning" : "success",
        key: "removeDone",
        kept: removal.kept,
      });
      await detectWith(settingsRef.current);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }, [host, fail, detectWith]);

  const setSettings = useCallback(
    async (next: Partial<Config>, save: boolean, message?: MessageKey) => {
      setSettingsState(next);
      settingsRef.current = next;
      if (save) {
        try {
          await host.saveSettings(next);
          if (message) setNotice({ intent: "success", key: message });
        } catch (err) {
          fail(err);
        }
      }
      await detectWith(next);
    },
    [host, fail, detectWith]
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.select(sheet, cell);
        setSelection({ sheet, address: cell });
      } catch (err) {
        fail(err);
      }
    },
    [host, fail]
  );

  return {
    host,
    lang,
    settings,
    analysis,
    plan,
    preview,
    busy,
    phase,
    progress,
    rows,
    written: plan !== null || (analysis?.ownership ?? null) !== null,
    notice,
    error,
    selection,
    ready,
    review,
    detect,
    run,
    cancel,
    remove,
    setSettings,
    select,
    dismissError: useCallback(() => setError(null), []),
    dismissNotice: useCallback(() => setNotice(null), []),
    fail,
  };
}
