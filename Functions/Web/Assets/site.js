// DeadlineBot's web app: enhancements only; every page reads and every form posts without this script.
// 1. A deadline field re-reads its text as it is typed and shows the schedules it gives.
// 2. The upload form takes a file dropped on it.
(function () {
  "use strict";
  var base = document.currentScript ? document.currentScript.src.replace(/\/assets\/site\.js.*$/, "") : "";

  function readDeadline(input) {
    var target = document.getElementById(input.getAttribute("data-deadline-read"));
    if (!target) { return; }
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var from = input.getAttribute("data-deadline-from");
        var url = base + "/deadline?text=" + encodeURIComponent(input.value) + (from ? "&from=" + encodeURIComponent(from) : "");
        fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (r) { return r.ok ? r.text() : ""; })
          .then(function (html) {
            // The server encodes every text in the fragment (Markup.Html), so it is safe to place as HTML.
            var fragment = document.createRange().createContextualFragment(html);
            target.replaceChildren(fragment);
          })
          .catch(function () { /* the server reads the text again on submit */ });
      }, 250);
    });
  }

  function dropZone(form) {
    var input = form.querySelector("input[type=file]");
    var zone = form.querySelector(".drop") || form;
    if (!input) { return; }
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        input.files = e.dataTransfer.files;
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
  }

  document.querySelectorAll("[data-deadline-read]").forEach(readDeadline);
  document.querySelectorAll("form[data-drop-zone]").forEach(dropZone);
}());
