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

/** The input cells, each a button that selects it, followed by what `detail` says about it. */
export function InputsEntry<T extends InputCell>(props: {
  inputs: T[];
  lang: Lang;
  select: (sheet: string, cell: string) => void;
  detail: (input: T) => React.ReactNode;
}) {
  const { inputs, lang, select, detail } = props;
  const styles = usePeriksaStyles();
  return (
    <Entry term={t(lang, "inspectInputs")} show={inputs.length > 0}>
      <ul className={styles.list}>
        {inputs.map((inp, i) => {
          const ref = sheetRef(inp.sheet, inp.cell);
          return (
            <li key={`${ref}-${i}`} className={styles.input} data-cell={inp.cell}>
              <Button
                size="small"
                className={styles.jump}
                icon={<ArrowRightRegular />}
                data-testid={TEST_IDS.inspectInput}
                title={t(lang, "inspectJump", { ref })}
                onClick={() => select(inp.sheet, inp.cell)}
              >
                {inp.label ? `${inp.label}: ${ref}` : ref}
              </Button>
              {detail(inp)}
            </li>
          );
        })}
      </ul>
    </Entry>
  );
}
