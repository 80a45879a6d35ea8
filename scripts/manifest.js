// The add-in manifest as built into dist/: English overrides for every English Office locale (Office matches the
// override's locale exactly, so en-GB or en-AU users would otherwise get the Indonesian default), and the add-in's
// origin from ADDIN_URL for a production host (`ADDIN_URL=https://host/path npm run build`).
// `node scripts/manifest.js` rewrites manifest.xml with the English locales expanded (run after editing strings).
"use strict";
const fs = require("fs");
const path = require("path");

const DEV_ORIGIN = "https://localhost:3000";

/** English display languages Office offers (Windows, Mac, web). */
const ENGLISH_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IN",
  "en-NZ",
  "en-IE",
  "en-ZA",
  "en-SG",
  "en-MY",
  "en-PH",
  "en-HK",
];

/** Every en-US <Override>/<bt:Override> gets siblings for the other English locales (idempotent). */
function expandEnglish(xml) {
  return xml.replace(
    /^([ \t]*)<(bt:Override|Override) Locale="en-US" Value="([^"]*)"\/>\n((?:\1<\2 Locale="en-[A-Z]+" Value="[^"]*"\/>\n)*)/gm,
    (_all, indent, tag, value) =>
      ENGLISH_LOCALES.map((l) => `${indent}<${tag} Locale="${l}" Value="${value}"/>\n`).join("")
  );
}

/** The manifest with its dev origin replaced by `addinUrl` (https, no trailing slash needed). */
function withOrigin(xml, addinUrl) {
  if (!addinUrl) return xml;
  let url;
  try {
    url = new URL(addinUrl);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${addinUrl}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https: ${addinUrl}`);
  const base = url.href.replace(/\/+$/, "");
  return xml.split(`${DEV_ORIGIN}/`).join(`${base}/`);
}

function buildManifest(xml, addinUrl) {
  return withOrigin(expandEnglish(xml), addinUrl);
}

module.exports = { DEV_ORIGIN, ENGLISH_LOCALES, expandEnglish, withOrigin, buildManifest };

if (require.main === module) {
  const file = path.join(__dirname, "..", "manifest.xml");
  fs.writeFileSync(file, expandEnglish(fs.readFileSync(file, "utf8")));
}
