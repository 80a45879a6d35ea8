// The reviewer's marks in the pane: loaded from the document when the pane opens and when another workbook is
// loaded, saved back on every change. Who marked: the host's user name, else a name typed once and kept in this
// browser (localStorage), so a reviewer is not asked again on every mark.
import { useCallback, useEffect, useRef, useState } from "react";
import { clearMark, encodeMarks, setMark, type MarkState, type ReviewMark } from "../core";
import type { Host } from "../shared/host";

export const REVIEWER_KEY = "capaianIku.reviewerName";

export interface ReviewMarksModel {
  marks: ReviewMark[];
  /** The reviewer's name, or null until the host knows it or the user typed it. */
  reviewer: string | null;
  /** Remember the name typed by the reviewer (this browser). */
  setReviewer(name: string): void;
  /** Mark these findings (an item's keys); "accepted" needs a reason. Resolves once saved in the document. */
  mark(keys: string[], state: MarkState, reason?: string): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

function storedName(): string | null {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY)?.trim() || null;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): the pane asks again
  }
}

function storeName(name: string): void {
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, name);
  } catch {
    /* storage blocked: the name lasts for this session only */
  }
}

export function useReviewMarks(host: Host, fail: (err: unknown) => void): ReviewMarksModel {
  const [marks, setMarks] = useState<ReviewMark[]>([]);
  const [reviewer, setReviewerState] = useState<string | null>(storedName);
  const marksRef = useRef(marks);
  marksRef.current = marks;
  // A name typed and a mark made in the same click: the mark must see the name before React re-renders.
  const reviewerRef = useRef(reviewer);
  reviewerRef.current = reviewer;

  useEffect(() => {
    let alive = true;
    const load = () =>
      (host.loadMarks?.() ?? Promise.resolve(null)).then(
        (r) => {
          if (alive) setMarks(r?.marks ?? []);
        },
        (err) => {
          if (alive) setMarks([]);
          fail(err);
        }
      );
    void load();
    host.userName?.().then(
      (name) => {
        if (alive && name?.trim()) setReviewerState((reviewerRef.current = name.trim()));
      },
      () => undefined
    );
    const off = host.onWorkbookChanged?.(() => void load());
    return () => {
      alive = false;
      off?.();
    };
  }, [host, fail]);

  const save = useCallback(
    async (next: ReviewMark[]) => {
      const before = marksRef.current;
      marksRef.current = next;
      setMarks(next);
      try {
        await host.saveMarks?.(encodeMarks(next));
      } catch (err) {
        // Not in the document: show what is really kept.
        marksRef.current = before;
        setMarks(before);
        fail(err);
      }
    },
    [host, fail]
  );

  const setReviewer = useCallback((name: string) => {
    const n = name.trim();
    if (!n) return;
    storeName(n);
    reviewerRef.current = n;
    setReviewerState(n);
  }, []);

  const mark = useCallback(
    async (keys: string[], state: MarkState, reason?: string) => {
      const by = reviewerRef.current;
      if (!by) return;
      await save(
        setMark(marksRef.current, keys, { state, by, at: new Date().toISOString(), reason })
      );
    },
    [save]
  );

  const clear = useCallback((keys: string[]) => save(clearMark(marksRef.current, keys)), [save]);

  return { marks, reviewer, setReviewer, mark, clear };
}
