/*
 * The case page of a request (templates/ppid/request_case.html). Everything here improves a page that works
 * without it:
 * - the written notice shows the parts of the chosen outcome only ([data-ppid-outcomes]: a radio per outcome,
 *   each followed by its group [data-ppid-parts]); the groups not chosen are hidden and their inputs disabled
 *   (so they are neither sent nor checked by the browser);
 * - the error summary of a form that came back takes the focus ([data-ppid-error-summary]);
 * - the exempted-item list gets a search box ([data-ppid-item-picker]) that asks CKAN's package_search for
 *   the unit's exempted items (the filter is the picker's data-filter), keeping what is chosen;
 * - a letter still being built ([data-ppid-letter]) becomes its download link once the case's status answer
 *   (data-status-url) says it is ready: asked after 2 s, then less often, for at most a minute.
 */
(function () {
  "use strict";

  function outcomes(fieldset) {
    var radios = fieldset.querySelectorAll("input[data-ppid-outcome]");
    function show() {
      Array.prototype.forEach.call(radios, function (radio) {
        var group = document.getElementById(radio.getAttribute("aria-controls"));
        if (!group) { return; }
        group.hidden = !radio.checked;
        Array.prototype.forEach.call(group.querySelectorAll("input, select, textarea"), function (input) {
          input.disabled = !radio.checked;
        });
      });
    }
    Array.prototype.forEach.call(radios, function (radio) { radio.addEventListener("change", show); });
    show();
  }

  function picker(box) {
    var select = box.querySelector("select");
    if (!select) { return; }
    var id = select.id + "-search";
    var label = document.createElement("label");
    label.className = "form-label d-block small";
    label.htmlFor = id;
    label.textContent = box.getAttribute("data-search-label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.className = "form-control mb-2";
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-controls", select.id);
    var status = document.createElement("div");
    status.className = "form-text";
    status.setAttribute("role", "status");
    select.parentNode.insertBefore(label, select);
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(status, select);
    var timer = null;
    var asked = 0;

    function described(item) {
      var details = [item.dasar_pengecualian, item.nomor_sk_ppid].filter(Boolean);
      var title = item.title || item.name || item.id;
      return details.length ? title + " (" + details.join(", ") + ")" : title;
    }

    function replace(results) {
      var keep = {};
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.selected) { keep[option.value] = true; } else { option.remove(); }
      });
      results.forEach(function (item) {
        if (!keep[item.id]) { select.add(new Option(described(item), item.id)); }
      });
    }

    function search() {
      var words = input.value.trim();
      var params = new URLSearchParams({
        fq: box.getAttribute("data-filter"),
        rows: box.getAttribute("data-rows"),
        sort: "title_string asc",
        include_private: "true",
        fl: box.getAttribute("data-fields")
      });
      if (words) { params.set("q", words); }
      var mine = ++asked;
      fetch(box.getAttribute("data-search-url") + "?" + params.toString(), {credentials: "same-origin"})
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (answer) {
          if (mine !== asked) { return; }
          replace(answer.result.results);
          status.textContent = answer.result.count
            ? box.getAttribute("data-found-text").replace("{n}", answer.result.count)
            : box.getAttribute("data-none-text");
        })
        .catch(function () { if (mine === asked) { status.textContent = box.getAttribute("data-failed-text"); } });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 300);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); window.clearTimeout(timer); search(); }
    });
  }

  function letters(waiting) {
    if (!waiting.length) { return; }
    var url = waiting[0].getAttribute("data-status-url");
    var delay = 2000;
    var started = Date.now();

    function ready(status) {
      waiting = waiting.filter(function (place) {
        if (!status[place.getAttribute("data-ppid-letter")]) { return true; }
        var link = document.createElement("a");
        link.className = "btn btn-secondary";
        link.href = place.getAttribute("data-href");
        link.textContent = place.getAttribute("data-text");
        place.replaceChildren(link);
        return false;
      });
    }

    function late() {
      waiting.forEach(function (place) { place.textContent = place.getAttribute("data-late-text"); });
    }

    function ask() {
      fetch(url, {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(ready)
        .catch(function () { return null; })
        .then(function () {
          if (!waiting.length) { return; }
          if (Date.now() - started > 60000) { late(); return; }
          delay = Math.min(delay * 1.5, 10000);
          window.setTimeout(ask, delay);
        });
    }
    window.setTimeout(ask, delay);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ppid-outcomes]"), outcomes);
    Array.prototype.forEach.call(document.querySelectorAll("[data-ppid-item-picker]"), picker);
    letters(Array.prototype.slice.call(document.querySelectorAll("[data-ppid-letter]")));
    var summary = document.querySelector("[data-ppid-error-summary]");
    if (summary) { summary.focus(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
