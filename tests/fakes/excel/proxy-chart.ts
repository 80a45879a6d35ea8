// Charts: enough of ChartCollection/Chart/ChartSeries to build a clustered bar chart and read it back.
import { colName } from "./a1";
import { ClientObject, CollectionObject, defineProps, NULL, preResolved } from "./client";
import { richError } from "./errors";
import type { ChartModel, SeriesModel, SheetModel } from "./model";
import { FakeRange, liveSheet, writable, type RangeTarget } from "./proxy-range";

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

interface SeriesTarget extends ChartTarget {
  series: SeriesModel;
}

function rangeArg(r: unknown, what: string): RangeTarget {
  if (!(r instanceof FakeRange)) throw richError("InvalidArgument", `${what} needs a Range`);
  const t = r._resolve();
  if (t === NULL) throw richError("InvalidArgument", `${what}: null range`);
  return t as RangeTarget;
}

function liveChart(t: ChartTarget): ChartTarget {
  if (liveSheet(t.sheet) && !t.sheet.charts.includes(t.chart))
    throw richError("ItemNotFound", "The chart no longer exists");
  return t;
}

export class FakeChartCollection extends CollectionObject {
  _list(s: SheetModel): ChartTarget[] {
    return s.charts.map((chart) => ({ sheet: s, chart }));
  }
  _makeItem(t: ChartTarget): FakeChart {
    return preResolved(new FakeChart(this.context, this, "_Item", [t.chart.id], null), t);
  }
  add(type: string, sourceData: unknown, seriesBy: string = "Auto"): FakeChart {
    const proxy = new FakeChart(this.context, this, "Add", [type, sourceData, seriesBy], null);
    this._call("Add", [type, sourceData, seriesBy], (s: SheetModel) => {
      writable(s);
      const src = rangeArg(sourceData, "ChartCollection.add");
      const { rect } = src;
      const byRows = seriesBy === "Rows";
      const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
      // With several columns (rows), the first one holds the categories, as Excel guesses for text labels.
      const hasCategories = count > 1;
      const series: SeriesModel[] = [];
      for (let i = hasCategories ? 1 : 0; i < count; i++) {
        const values = byRows
          ? {
              sheet: src.sheet,
              rect: { top: rect.top + i, bottom: rect.top + i, left: rect.left, right: rect.right },
            }
          : {
              sheet: src.sheet,
              rect: {
                top: rect.top,
                bottom: rect.bottom,
                left: rect.left + i,
                right: rect.left + i,
              },
            };
        const categories = hasCategories
          ? byRows
            ? {
                sheet: src.sheet,
                rect: { top: rect.top, bottom: rect.top, left: rect.left, right: rect.right },
              }
            : {
                sheet: src.sheet,
                rect: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.left },
              }
          : null;
        series.push({ name: `Series${series.length + 1}`, values, categories });
      }
      const model = this._model();
      const chart: ChartModel = {
        id: model.nextId("chart-"),
        name: `Chart ${s.charts.length + 1}`,
        type,
        title: "",
        source: src,
        from: null,
        to: null,
        series,
      };
      s.charts.push(chart);
      proxy._target = { sheet: s, chart };
    });
    return proxy;
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this, "GetItem", [name], (s: SheetModel) => {
      const chart = s.charts.find((c) => c.name === name);
      if (!chart) throw richError("ItemNotFound", `chart ${name}`);
      return { sheet: s, chart };
    });
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, this, "GetItemAt", [index], (s: SheetModel) => {
      const chart = s.charts[index];
      if (!chart) throw richError("ItemNotFound", `chart #${index}`);
      return { sheet: s, chart };
    });
  }
}
defineProps(FakeChartCollection, { count: { get: (s: SheetModel) => s.charts.length } });

export class FakeChart extends ClientObject {
  get title(): FakeChartTitle {
    return this._child(
      "title",
      () => new FakeChartTitle(this.context, this, "Title", [], (t) => t)
    );
  }
  get series(): FakeChartSeriesCollection {
    return this._child(
      "series",
      () => new FakeChartSeriesCollection(this.context, this, "Series", [], (t) => t)
    );
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._call("SetPosition", [startCell, endCell], (t: ChartTarget) => {
      writable(liveChart(t).sheet);
      t.chart.from = cellName(t.sheet, startCell);
      t.chart.to = endCell === undefined ? null : cellName(t.sheet, endCell);
    });
  }
  delete(): void {
    this._call("Delete", [], (t: ChartTarget) => {
      writable(liveChart(t).sheet);
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}
function cellName(sheet: SheetModel, cell: unknown): string {
  if (typeof cell === "string") return cell.replace(/\$/g, "").toUpperCase();
  const t = rangeArg(cell, "Chart.setPosition");
  if (t.sheet !== sheet)
    throw richError("InvalidArgument", "The anchor must be on the chart's sheet");
  return `${colName(t.rect.left)}${t.rect.top + 1}`;
}

defineProps(
  FakeChart,
  {
    id: { get: (t: ChartTarget) => liveChart(t).chart.id },
    name: {
      get: (t: ChartTarget) => liveChart(t).chart.name,
      set: (t: ChartTarget, v) => (liveChart(t).chart.name = String(v)),
    },
    chartType: {
      get: (t: ChartTarget) => liveChart(t).chart.type,
      set: (t: ChartTarget, v) => (liveChart(t).chart.type = String(v)),
    },
  },
  ["title", "series"]
);

export class FakeChartTitle extends ClientObject {}
defineProps(FakeChartTitle, {
  text: {
    get: (t: ChartTarget) => liveChart(t).chart.title,
    set: (t: ChartTarget, v) => (writable(liveChart(t).sheet), (t.chart.title = String(v))),
  },
});

export class FakeChartSeriesCollection extends CollectionObject {
  _list(t: ChartTarget): SeriesTarget[] {
    return liveChart(t).chart.series.map((series) => ({ ...t, series }));
  }
  _makeItem(t: SeriesTarget, i: number): FakeChartSeries {
    return preResolved(new FakeChartSeries(this.context, this, "_Item", [i], null), t);
  }
  add(name?: string, index?: number): FakeChartSeries {
    const proxy = new FakeChartSeries(this.context, this, "Add", [name, index], null);
    this._call(
      "Add",
      [name, index],
      (t: ChartTarget) => {
        writable(liveChart(t).sheet);
        const series: SeriesModel = {
          name: name ?? `Series${t.chart.series.length + 1}`,
          values: null,
          categories: null,
        };
        t.chart.series.splice(index ?? t.chart.series.length, 0, series);
        proxy._target = { ...t, series };
      },
      7
    );
    return proxy;
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, this, "GetItemAt", [index], (t: ChartTarget) => {
      const series = liveChart(t).chart.series[index];
      if (!series) throw richError("ItemNotFound", `series #${index}`);
      return { ...t, series };
    });
  }
}
defineProps(FakeChartSeriesCollection, {
  count: { get: (t: ChartTarget) => liveChart(t).chart.series.length },
});

export class FakeChartSeries extends ClientObject {
  setValues(sourceData: unknown): void {
    this._call(
      "SetValues",
      [sourceData],
      (t: SeriesTarget) => (t.series.values = rangeArg(sourceData, "ChartSeries.setValues")),
      7
    );
  }
  setXAxisValues(sourceData: unknown): void {
    this._call(
      "SetXAxisValues",
      [sourceData],
      (t: SeriesTarget) =>
        (t.series.categories = rangeArg(sourceData, "ChartSeries.setXAxisValues")),
      7
    );
  }
}
defineProps(FakeChartSeries, {
  name: {
    get: (t: SeriesTarget) => t.series.name,
    set: (t: SeriesTarget, v) => (writable(liveChart(t).sheet), (t.series.name = String(v))),
  },
});
