/*
 * The budget pages' charts (ckanext.ppid.views.budget_pages). Each <canvas data-ppid-budget-chart="ID">
 * is drawn with Chart.js from the JSON block #ID beside it:
 *   {"kind": "bar" | "line", "format": "rupiah" | "percent", "labels": [...],
 *    "series": [{"measure": "anggaran" | "realisasi" | "persentase", "label": "...", "values": [...]}]}
 * The table after each chart holds the same figures, and the canvas is an image with a name (role="img",
 * aria-label), so nothing depends on seeing the chart or on this script running.
 */
(function () {
  "use strict";

  var COLOURS = {anggaran: "#9bbbe0", realisasi: "#1f5c99", persentase: "#2e7d4f"};
  var LABEL_LENGTH = 42;
  var BAR_HEIGHT = 16;

  function formats(lang) {
    var locale = lang === "en" ? "en" : "id-ID";
    var rupiah = {style: "currency", currency: "IDR", currencyDisplay: "narrowSymbol"};
    return {
      rupiah: new Intl.NumberFormat(locale, Object.assign({maximumFractionDigits: 0}, rupiah)),
      rupiahShort: new Intl.NumberFormat(locale, Object.assign({notation: "compact", maximumFractionDigits: 1}, rupiah)),
      percent: new Intl.NumberFormat(locale, {style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2}),
      percentShort: new Intl.NumberFormat(locale, {style: "percent", maximumFractionDigits: 0})
    };
  }

  function shortened(label) {
    return label.length > LABEL_LENGTH ? label.slice(0, LABEL_LENGTH - 1) + "\u2026" : label;
  }

  function configuration(figures, format) {
    var percent = figures.format === "percent";
    var horizontal = figures.kind === "bar";
    // Percentages are given x 100 (43.75); Intl's percent style expects the share (0.4375).
    var value = percent ? function (v) { return format.percent.format(v / 100); } : format.rupiah.format;
    var tick = percent ? function (v) { return format.percentShort.format(v / 100); } : format.rupiahShort.format;
    var valueAxis = {beginAtZero: true, ticks: {callback: function (v) { return tick(v); }}};
    var labelAxis = {ticks: {autoSkip: false, callback: function (v) { return shortened(this.getLabelForValue(v)); }}};
    return {
      type: figures.kind,
      data: {
        labels: figures.labels,
        datasets: figures.series.map(function (series) {
          return {
            label: series.label,
            data: series.values,
            backgroundColor: COLOURS[series.measure],
            borderColor: COLOURS[series.measure],
            borderDash: series.measure === "anggaran" && figures.kind === "line" ? [6, 4] : [],
            maxBarThickness: 28,
            spanGaps: true
          };
        })
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : {duration: 400},
        scales: horizontal ? {x: valueAxis, y: labelAxis} : {x: {}, y: valueAxis},
        plugins: {
          legend: {display: figures.series.length > 1, position: "bottom"},
          tooltip: {
            callbacks: {
              label: function (context) {
                var raw = context.raw;
                return context.dataset.label + ": " + (raw === null ? "\u2013" : value(raw));
              }
            }
          }
        }
      }
    };
  }

  function draw(canvas, format) {
    var block = document.getElementById(canvas.getAttribute("data-ppid-budget-chart"));
    if (!block || typeof Chart === "undefined") {
      return;
    }
    var figures = JSON.parse(block.textContent);
    if (figures.kind === "bar") {
      // One band per row, tall enough for its bars: long rankings grow instead of squeezing.
      var bands = figures.labels.length * Math.max(figures.series.length, 1.5);
      canvas.parentNode.style.height = Math.max(240, bands * BAR_HEIGHT + 90) + "px";
    }
    new Chart(canvas, configuration(figures, format));
  }

  function drawAll() {
    var format = formats(document.documentElement.lang);
    var canvases = document.querySelectorAll("canvas[data-ppid-budget-chart]");
    Array.prototype.forEach.call(canvases, function (canvas) { draw(canvas, format); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
