"use strict";
// On screen the charts follow the width of the window. On paper the drawing
// is scaled to the printed width: each chart's SVG gets a viewBox, so the
// print needs no script and no second drawing.
(function () {
  if (typeof echarts === "undefined") {
    return;
  }
  var charts = [];
  document.querySelectorAll(".chart-box").forEach(function (el) {
    var chart = echarts.getInstanceByDom(el);
    if (!chart) {
      return;
    }
    var fit = function () {
      var svg = el.querySelector("svg");
      if (svg && svg.getAttribute("width") && svg.getAttribute("height")) {
        svg.setAttribute("viewBox", "0 0 " + svg.getAttribute("width") + " " + svg.getAttribute("height"));
      }
    };
    chart.on("finished", fit);
    fit();
    charts.push(chart);
  });
  window.addEventListener("resize", function () {
    charts.forEach(function (chart) {
      chart.resize();
    });
  });
  // A printed page shows the numbers folded away under a chart.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.chart-data").forEach(function (d) {
      d.open = true;
    });
  });
})();
