// The dialog a ribbon command opens when it fails: title and message come in the URL, shown as plain text.
const params = new URLSearchParams(window.location.search);
const lang = params.get("lang") === "en" ? "en" : "id";
document.documentElement.lang = lang;
const title = document.getElementById("title");
const body = document.getElementById("body");
if (title) title.textContent = params.get("title") ?? "Capaian IKU";
if (body) body.textContent = params.get("body") ?? "";
document.title = params.get("title") ?? "Capaian IKU";
