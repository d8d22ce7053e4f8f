// The newsletter pages (confirm, unsubscribe, preferences): the emailed token rides in the URL
// fragment, so it never reaches a server log. This script reads it, removes it from the address bar,
// and posts it in a JSON body. Texts are rendered by the server; this script only shows or hides them.
(function () {
  "use strict";
  var main = document.getElementById("main");
  if (!main) return;
  var page = main.getAttribute("data-page");
  var match = /(?:^#|&)token=([A-Za-z0-9_-]{20,200})/.exec(window.location.hash);
  var token = match ? match[1] : null;
  if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);

  function show(id) {
    var el = document.getElementById(id);
    if (el) el.hidden = false;
    return el;
  }
  function hide(id) {
    var el = document.getElementById(id);
    if (el) el.hidden = true;
  }
  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "omit",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
  }
  function failed(response) {
    hide("working");
    show(response && response.status === 400 ? "invalid" : "failed");
  }

  if (!token) {
    hide("working");
    show("invalid");
    return;
  }

  if (page === "confirm") {
    post("/api/newsletter/confirm", { token: token }).then(function (r) {
      hide("working");
      if (r.ok) show("done").focus();
      else failed(r);
    }, failed);
    return;
  }

  if (page === "unsubscribe") {
    hide("working");
    show("ask");
    document.getElementById("unsubscribe-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.target.querySelector("button");
      button.disabled = true;
      post("/api/newsletter/unsubscribe", { token: token }).then(function (r) {
        if (!r.ok) return failed(r);
        return r.json().then(function (body) {
          hide("ask");
          show(body.outcome === "already_unsubscribed" ? "already" : "done").focus();
        });
      }, failed);
    });
    return;
  }

  if (page === "preferences") {
    var status = document.getElementById("status-text");
    function note(id) {
      ["saved", "unsubscribed"].forEach(hide);
      show(id).focus();
    }
    post("/api/newsletter/preferences/lookup", { token: token }).then(function (r) {
      if (!r.ok) return failed(r);
      return r.json().then(function (prefs) {
        hide("working");
        show("panel");
        document.getElementById("address").textContent = prefs.email;
        status.textContent = status.getAttribute("data-" + prefs.status) || prefs.status;
        document.getElementById("pref-language").value = prefs.language;
        if (prefs.status === "unsubscribed") hide("unsubscribe-section");
      });
    }, failed);
    document.getElementById("language-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var language = document.getElementById("pref-language").value;
      post("/api/newsletter/preferences/language", { token: token, language: language }).then(function (r) {
        if (r.ok) note("saved");
        else failed(r);
      }, failed);
    });
    document.getElementById("unsubscribe-form").addEventListener("submit", function (event) {
      event.preventDefault();
      post("/api/newsletter/unsubscribe", { token: token }).then(function (r) {
        if (!r.ok) return failed(r);
        status.textContent = status.getAttribute("data-unsubscribed");
        hide("unsubscribe-section");
        note("unsubscribed");
      }, failed);
    });
    document.getElementById("export-form").addEventListener("submit", function (event) {
      event.preventDefault();
      post("/api/newsletter/preferences/export", { token: token }).then(function (r) {
        if (!r.ok) return failed(r);
        return r.blob().then(function (blob) {
          var link = document.createElement("a");
          link.href = URL.createObjectURL(blob);
          link.download = "sterk-insights-my-data.json";
          document.body.appendChild(link);
          link.click();
          link.remove();
        });
      }, failed);
    });
    document.getElementById("erase-form").addEventListener("submit", function (event) {
      event.preventDefault();
      if (!window.confirm(event.target.getAttribute("data-confirm"))) return;
      post("/api/newsletter/preferences/erase", { token: token }).then(function (r) {
        if (!r.ok) return failed(r);
        hide("panel");
        show("erased").focus();
      }, failed);
    });
  }
})();
