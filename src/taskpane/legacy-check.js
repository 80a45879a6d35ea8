/* Capaian IKU: runs before the React bundle, in ES5 so Internet Explorer 11 can parse it.
   Excel 2016/2019 (MSI) host add-ins in an IE11 (Trident) web view, and Office 2016/2019 retail without WebView2 and
   Microsoft 365 builds 16.0.11629-13530 on Windows 10 in an EdgeHTML one ("Edge/1x" in the user agent, unlike
   Chromium Edge's "Edg/"): neither parses the pane's bundle (?. and ??). Show the plain HTML notice that
   taskpane.html carries, and hide the app. */
(function () {
  "use strict";
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var legacy = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || / Edge\/\d/.test(ua);
  if (!legacy) return;
  window.capaianIkuLegacy = true;
  function show() {
    var notice = document.getElementById("legacy-notice");
    var app = document.getElementById("container");
    if (notice) notice.style.display = "block";
    if (app) app.style.display = "none";
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
