// How a capaian band is shown in the pane: the sheet's own band colours (core BAND_COLORS) and its words with the
// thresholds in force ("baik (≥ 100%)"), so the pane, the sheet and the workbench agree.
import { BAND_COLORS, type Bands, type CapaianBand, type Lang } from "../../../core";
import { t, type MessageKey } from "../../../shared/i18n";
import { formatPercent } from "../../format";

const WORD: Record<CapaianBand, MessageKey> = {
  good: "bandGood",
  fair: "bandFair",
  poor: "bandPoor",
};

export function bandWords(band: CapaianBand, bands: Bands, lang: Lang): string {
  return t(lang, WORD[band], {
    good: formatPercent(bands.good, lang),
    fair: formatPercent(bands.fair, lang),
  });
}

/** Fill and text colour of a band (CSS). Excel's good/neutral/bad pairs: the text keeps AA contrast on its fill. */
export function bandCss(band: CapaianBand): { background: string; color: string } {
  const c = BAND_COLORS[band];
  return { background: `#${c.fill}`, color: `#${c.font}` };
}
