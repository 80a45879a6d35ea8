// Moving the user to a cell, and hearing where the user clicks (Worksheet.onSelectionChanged, ExcelApi 1.7).
import { detectCapabilities, type OfficeRequirements } from "./capabilities";
import { toApplyError } from "./errors";

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
  } catch (e) {
    throw toApplyError(e, "select");
  }
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: Batch<T>) => Promise<T>;

const globalRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/**
 * Call `callback(sheet, address)` whenever the user selects cells. Sheets added later are not watched (register
 * again after writing). Returns an unsubscribe that never throws.
 */
export async function onSelection(
  callback: (sheet: string, address: string) => void,
  run: ExcelRun = globalRun,
  office?: OfficeRequirements
): Promise<() => void> {
  if (!detectCapabilities(office).selection) return () => undefined;
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const names = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
    const handlers = sheets.items.map((ws) =>
      ws.onSelectionChanged.add(async (args) => {
        const name = names.get(args.worksheetId);
        if (name) callback(name, args.address);
      })
    );
    await context.sync();
    return () => {
      if (handlers.length === 0) return;
      // Event handlers are removed through the context that added them.
      const ctx = handlers[0].context as Excel.RequestContext;
      const remove = async (c: Excel.RequestContext): Promise<void> => {
        handlers.forEach((h) => h.remove());
        await c.sync();
      };
      const done =
        typeof Excel !== "undefined" && typeof Excel.run === "function"
          ? Excel.run(ctx, remove)
          : remove(ctx);
      done.catch(() => undefined);
    };
  });
}
