// One row of horizontal bars drawn with visx (scale, group, shape): the pane's capaian and serapan bars and the
// workbench's Ringkasan chart all draw through here. Decorative (aria-hidden): the figure is in the row's label.
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import * as React from "react";

export interface BarValue {
  /** Ratio (1 = 100%); null draws nothing. */
  value: number | null;
  fill: string;
  /** Outline colour, so a pale fill still has a visible edge against the pane. */
  stroke?: string;
}

export interface BarMark {
  at: number;
  color: string;
  dashed?: boolean;
}

export const BAR_HEIGHT = 10;

/** The scale's end: the largest of the values and marks, at least 120%, at most 300% (longer bars are cut). */
export function domainMax(values: Array<number | null>, marks: number[]): number {
  const top = Math.max(1.2, ...marks, ...values.map((v) => v ?? 0));
  return Math.min(3, top);
}

export function BarSvg({
  bars,
  marks,
  max,
  width,
}: {
  bars: BarValue[];
  marks: BarMark[];
  max: number;
  width: number;
}) {
  const x = scaleLinear<number>({ domain: [0, max], range: [0, width], clamp: true });
  const height = bars.length * (BAR_HEIGHT + 2) + 2;
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
      style={{ display: "block" }}
    >
      <Group top={1}>
        {bars.map((b, i) =>
          b.value === null ? null : (
            <Bar
              key={i}
              x={0}
              y={i * (BAR_HEIGHT + 2)}
              width={Math.max(1, x(b.value))}
              height={BAR_HEIGHT}
              fill={b.fill}
              stroke={b.stroke}
              strokeWidth={b.stroke ? 1 : 0}
            />
          )
        )}
        {marks.map((m, i) => (
          <Line
            key={`m${i}`}
            from={{ x: x(m.at), y: -1 }}
            to={{ x: x(m.at), y: height - 1 }}
            stroke={m.color}
            strokeWidth={1.5}
            strokeDasharray={m.dashed ? "3,2" : undefined}
          />
        ))}
      </Group>
    </svg>
  );
}
