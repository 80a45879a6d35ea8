// The look shared by Periksa's two cards (the worked explanation and the plain one for other cells).
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePeriksaStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "4px",
    overflowWrap: "anywhere",
    display: "block",
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  input: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  // The numbers a reviewer retypes into a calculator: monospace digits, never broken mid-number.
  arithmetic: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "4px",
    display: "block",
    overflowWrap: "anywhere",
  },
  // Long indicator names wrap under the arrow, read left to right like the rest of the panel.
  jump: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  dt: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  dd: { marginLeft: 0 },
});
