// Pieces both Periksa cards show the same way: a titled entry, the formula, and the input cells (each a jump).
import { Button, Text } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import * as React from "react";
import { sheetRef, type Lang } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";
import { usePeriksaStyles } from "./periksa-styles";

export function CardTitle({ children }: { children: React.ReactNode }) {
  return (
    <Text as="h3" weight="semibold" style={{ margin: 0 }}>
      {children}
    </Text>
  );
}

/** A term and its description; nothing when there is nothing to say. */
export function Entry(props: { term: string; show: boolean; children: React.ReactNode }) {
  const styles = usePeriksaStyles();
  if (!props.show) return null;
  return (
    <>
      <dt className={styles.dt}>{props.term}</dt>
      <dd className={styles.dd}>{props.children}</dd>
    </>
  );
}

export function FormulaEntry({ formula, lang }: { formula?: string; lang: Lang }) {
  const styles = usePeriksaStyles();
  return (
    <Entry term={t(lang, "inspectFormula")} show={!!formula}>
      <code className={styles.code}>{formula}</code>
    </Entry>
  );
}

interface InputCell {
  sheet: string;
  cell: string;
  label?: string;
}

/** An indicator's full name can run to 150 characters; the button shows the start, its tooltip all of it. */
const LABEL_MAX = 48;
function shortLabel(label: string): string {
  return label.length <= LABEL_MAX ? label : `${label.slice(0, LABEL_MAX - 1).trimEnd()}…`;
}

/**
 * The input cells, each a button that selects it, followed by what `detail` says about it. Cells on the sheet
 * being explained (`here`) are named by address alone, others with their sheet.
 */
export function InputsEntry<T extends InputCell>(props: {
  inputs: T[];
  here: string;
  lang: Lang;
  select: (sheet: string, cell: string) => void;
  detail: (input: T) => React.ReactNode;
}) {
  const { inputs, here, lang, select, detail } = props;
  const styles = usePeriksaStyles();
  return (
    <Entry term={t(lang, "inspectInputs")} show={inputs.length > 0}>
      <ul className={styles.list}>
        {inputs.map((inp, i) => {
          const ref = sheetRef(inp.sheet, inp.cell);
          const at = inp.sheet === here ? inp.cell : ref;
          return (
            <li key={`${ref}-${i}`} className={styles.input} data-cell={inp.cell}>
              <Button
                size="small"
                className={styles.jump}
                icon={<ArrowRightRegular />}
                data-testid={TEST_IDS.inspectInput}
                title={`${inp.label ? `${inp.label}: ` : ""}${t(lang, "inspectJump", { ref })}`}
                onClick={() => select(inp.sheet, inp.cell)}
              >
                {inp.label ? `${shortLabel(inp.label)}: ${at}` : at}
              </Button>
              {detail(inp)}
            </li>
          );
        })}
      </ul>
    </Entry>
  );
}
