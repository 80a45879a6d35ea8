/* Capaian IKU: runs before the React bundle, in ES5 so Internet Explorer 11 can parse it.
   Excel 2016/2019 (MSI) host add-ins in an IE11 (Trident) web view that cannot run the pane:
   show the plain HTML notice that taskpane.html carries, and hide the app. */
(function () {
  "use strict";
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var legacy = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
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
