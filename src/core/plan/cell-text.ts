// Excel refuses a cell (or note) text longer than 32,767 characters: joined texts are cut to fit, marked with "…".

export const CELL_TEXT_MAX = 32767;

export function capCellText(text: string): string {
  if (text.length <= CELL_TEXT_MAX) return text;
  let end = CELL_TEXT_MAX - 1;
  // Never split a surrogate pair (an emoji, a rare CJK character) in two.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + "…";
}
