// Excel's text limits: a cell (or note) holds at most 32,767 characters, so joined texts are cut to fit and marked
// with "…"; a formula at most 8,192 characters.

export const CELL_TEXT_MAX = 32767;
export const FORMULA_TEXT_MAX = 8192;

export function capCellText(text: string): string {
  if (text.length <= CELL_TEXT_MAX) return text;
  let end = CELL_TEXT_MAX - 1;
  // Never split a surrogate pair (an emoji, a rare CJK character) in two.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + "…";
}
