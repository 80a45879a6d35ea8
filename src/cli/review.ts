// `--marks MARKS.json`: the reviewer's marks (the record the document keeps) applied to each report — every anomaly
// gains its review state in --json, and --fail-on ignores the findings marked accepted.
import { promises as fs } from "fs";
import {
  workedMessages,
  matchMarks,
  parseMarks,
  type ReviewMark,
  type ReviewedAnomaly,
  type Analysis,
  type Lang,
  type Report,
  type Severity,
} from "../core";

export interface ReviewedReport extends Report {
  anomalies: ReviewedAnomaly[];
  review: {
    kept: ReviewMark[];
    reopened: ReviewMark[];
    orphaned: ReviewMark[];
    problems: string[];
  };
}

/** The marks file, or the one-line message saying why it cannot be used. */
export async function readMarksFile(
  file: string,
  lang: Lang
): Promise<{ marks: ReviewMark[]; problems: string[] } | { error: string }> {
  const m = workedMessages(lang);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    return { error: m.marksBad(file, (e as NodeJS.ErrnoException).code ?? "") };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: m.marksBad(file, (e as Error).message.split("\n")[0]) };
  }
  const r = parseMarks(json, lang);
  if (r.marks.length === 0 && r.problems.length > 0)
    return { error: m.marksBad(file, r.problems[0]) };
  return r;
}

export function reviewedReport(
  analysis: Analysis,
  marks: ReviewMark[],
  problems: string[]
): ReviewedReport {
  const match = matchMarks(analysis, marks);
  return {
    ...analysis.report,
    anomalies: match.anomalies,
    review: { kept: match.kept, reopened: match.reopened, orphaned: match.orphaned, problems },
  };
}

/** Whether any anomaly at the --fail-on levels is left once accepted findings are set aside, and how many were. */
export function failOnResult(
  reports: Report[],
  failOn: "error" | "warning"
): { fail: boolean; ignored: number } {
  const levels: Severity[] = failOn === "error" ? ["error"] : ["error", "warning"];
  let fail = false;
  let ignored = 0;
  for (const r of reports)
    for (const a of r.anomalies) {
      if (!levels.includes(a.severity)) continue;
      if ((a as Partial<ReviewedAnomaly>).review?.state === "accepted") ignored++;
      else fail = true;
    }
  return { fail, ignored };
}
