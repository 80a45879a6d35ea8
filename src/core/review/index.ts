// Review marks and the reviewer's list: identities, marks, matching, grouping. Pure.
export type {
  FindingIdentity,
  MarkMatch,
  MarkState,
  ReviewMark,
  ReviewMarks,
  ReviewState,
  ReviewedAnomaly,
} from "./types";
export { FindingIndex, identifyFindings, splitKey } from "./identity";
export { parseMarks, encodeMarks, matchMarks, setMark, clearMark } from "./marks";
export { dedupeFindings, groupFindings, pageOf } from "./group";
export type { ReviewGroup, ReviewItem } from "./group";
export { reviewList, markRows } from "./list";
export type { MarkRow } from "./list";
