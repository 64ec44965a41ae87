"use strict";
// On screen the charts follow the width of the window. For each width,
// layout() sets what depends on it and draws again: how the x-axis labels
// are set (the first that fits, as in the PDF: on one line, on two, turned
// 45°, and when even that crowds, every k-th label, always the current
// period's; every category stays in the tooltip and the table), whether
// the legend is one row or a list, and the chart's height, so that nothing
// is cut off or overlaps at a phone's width. On paper the drawing is scaled
// to the printed width: each chart's SVG gets a viewBox, so the print needs
// no script and no second drawing.
(function () {
  if (typeof echarts === "undefined") {
    return;
  }
  var measure = document.createElement("canvas").getContext("2d");
  var width = function (text, style) {
    measure.font = (style.fontWeight || "normal") + " " + style.fontSize + "px " + style.fontFamily;
    return measure.measureText(String(text)).width;
  };
  // wrap breaks text at its spaces into lines at most room wide; null when
  // one word alone is wider.
  var wrap = function (text, room, style) {
    var lines = [];
    var line = "";
    var words = String(text).split(" ");
    for (var i = 0; i < words.length; i++) {
      if (width(words[i], style) > room) {
        return null;
      }
      var next = line ? line + " " + words[i] : words[i];
      if (line && width(next, style) > room) {
        lines.push(line);
        line = words[i];
      } else {
        line = next;
      }
    }
    lines.push(line);
    return lines;
  };
  var sum = function (xs) {
    return xs.reduce(function (a, b) { return a + b; }, 0);
  };

  // Room the option leaves around the plot (grid), in pixels.
  var gridTop = 32, gridLeft = 4, gridRight = 16, labelMargin = 8, legendPad = 5;
  // The x-axis labels' line height (go-echarts can only write it as a
  // string, which ECharts does not take).
  var xLineHeight = 15;

  // every(n, k) shows every k-th of n labels, counted from the last, the
  // current period's.
  var every = function (n, k) {
    return function (i) { return (n - 1 - i) % k === 0; };
  };

  // xLabels picks how the category labels are set for a plot plotW wide.
  var xLabels = function (cats, plotW, style) {
    var n = Math.max(cats.length, 1);
    var lh = xLineHeight;
    var slot = plotW / n;
    var widths = cats.map(function (c) { return width(c, style); });
    for (var k = 1; k <= n; k++) {
      var shown = every(n, k);
      var room = slot * k - 6;
      var widest = 0, lines = [], most = 1, wraps = true;
      for (var i = 0; i < cats.length; i++) {
        if (!shown(i)) {
          continue;
        }
        widest = Math.max(widest, widths[i]);
        var l = wrap(cats[i], room, style);
        if (!l || l.length > 2) {
          wraps = false;
        } else {
          lines[i] = l;
          most = Math.max(most, l.length);
        }
      }
      var layout = {shown: shown, rotate: 0, lines: null, height: lh, widths: widths, slot: slot};
      if (widest <= room) {
        return layout;
      }
      if (wraps) {
        layout.lines = lines;
        layout.height = most * lh;
        layout.widths = cats.map(function (c, i) {
          return lines[i] ? Math.max.apply(null, lines[i].map(function (l) { return width(l, style); })) : widths[i];
        });
        return layout;
      }
      // Turned labels need their slots a line height apart.
      if (slot * k * Math.SQRT1_2 >= lh) {
        layout.rotate = 45;
        layout.height = (widest + lh) * Math.SQRT1_2;
        return layout;
      }
    }
    return {shown: every(n, n), rotate: 45, lines: null, height: lh, widths: widths, slot: slot};
  };

  // overhang is how far the shown labels reach left of the plot's left
  // edge and right of its right edge: ECharts keeps them inside the chart
  // vertically only.
  var overhang = function (xl, lh) {
    var left = 0, right = 0;
    var n = xl.widths.length;
    for (var i = 0; i < n; i++) {
      if (!xl.shown(i)) {
        continue;
      }
      var x = xl.slot * (i + 0.5);
      // A turned label ends at its tick; a level one is centred on it.
      var before = xl.rotate ? (xl.widths[i] + lh / 2) * Math.SQRT1_2 : xl.widths[i] / 2;
      var after = xl.rotate ? lh / 2 * Math.SQRT1_2 : xl.widths[i] / 2;
      left = Math.max(left, before - x);
      right = Math.max(right, x + after - xl.slot * n);
    }
    return {left: left, right: right};
  };

  // legend lays the series names out in one row when they fit in w, else
  // as a list, each name wrapped to the width.
  var legend = function (names, w, lg) {
    var style = lg.textStyle;
    var lh = Number(style.lineHeight) || style.fontSize * 1.3;
    var icon = (lg.itemWidth || 25) + 5;
    var gap = lg.itemGap === undefined ? 10 : lg.itemGap;
    var room = w - 2 * legendPad;
    var row = sum(names.map(function (n) { return icon + width(n, style); })) + gap * (names.length - 1);
    if (row <= room) {
      return {option: {orient: "horizontal", left: "center", formatter: function (n) { return n; }}, height: lh + 2 * legendPad};
    }
    var text = {};
    var lines = names.map(function (n) {
      var l = wrap(n, room - icon, style) || [n];
      text[n] = l.join("\n");
      return l.length;
    });
    return {option: {orient: "vertical", left: 0, formatter: function (n) { return text[n] || n; }},
      height: sum(lines) * lh + gap * (names.length - 1) + 2 * legendPad};
  };

  var layout = function (chart, el) {
    // A tooltip shown for the old width would stand where it no longer fits.
    chart.dispatchAction({type: "hideTip"});
    var w = el.clientWidth;
    var o = chart.getOption();
    if (!w || !o.xAxis || !o.yAxis || !o.legend) {
      return;
    }
    var x = o.xAxis[0], y = o.yAxis[0], lg = o.legend[0];
    var yWidest = 0;
    if (typeof y.axisLabel.formatter === "function" && y.minInterval > 0) {
      for (var v = y.min; v <= y.max + y.minInterval / 2; v += y.minInterval) {
        yWidest = Math.max(yWidest, width(y.axisLabel.formatter(v), y.axisLabel));
      }
    }
    var cats = (x.data || []).map(function (c) { return c && c.value !== undefined ? c.value : c; });
    // The labels' overhang widens the grid, which narrows the plot and may
    // change how the labels are set: a few rounds settle it.
    var left = gridLeft, right = gridRight, xl;
    for (var round = 0; round < 4; round++) {
      xl = xLabels(cats, w - left - right - yWidest - labelMargin, x.axisLabel);
      var over = overhang(xl, xLineHeight);
      var l = Math.max(gridLeft, Math.ceil(over.left - yWidest - labelMargin) + 2);
      var r = Math.max(gridRight, Math.ceil(over.right) + 2);
      if (l <= left && r <= right) {
        break;
      }
      left = Math.max(left, l);
      right = Math.max(right, r);
    }
    var names = [];
    o.series.forEach(function (s) {
      if (names.indexOf(s.name) < 0) {
        names.push(s.name);
      }
    });
    var leg = legend(names, w, lg);
    var plotH = w < 480 ? 210 : 250;
    chart.setOption({
      grid: [{left: left, right: right, bottom: leg.height + labelMargin}],
      xAxis: [{axisLabel: {lineHeight: xLineHeight, interval: xl.shown, rotate: xl.rotate,
        formatter: function (c, i) { return xl.lines && xl.lines[i] ? xl.lines[i].join("\n") : c; }},
        // A tick at every category, also where its label is left out.
        axisTick: {interval: 0}}],
      legend: [leg.option],
      // Every point keeps its symbol when labels are left out, so a line
      // is still told by its shape.
      series: o.series.map(function () { return {showAllSymbol: true}; }),
      // The tooltip stays inside the chart, never beside the page: its
      // lines wrap to the chart's width.
      tooltip: [{confine: true, extraCssText: "white-space: normal; overflow-wrap: break-word; max-width: " + Math.max(w - 16, 120) + "px;"}]
    });
    el.style.height = Math.ceil(gridTop + plotH + labelMargin + xl.height + labelMargin + leg.height) + "px";
    chart.resize();
  };

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
    layout(chart, el);
    fit();
    charts.push({chart: chart, el: el});
  });
  var width0 = window.innerWidth;
  window.addEventListener("resize", function () {
    // A phone's address bar changes the height only: nothing to lay out.
    if (window.innerWidth === width0) {
      return;
    }
    width0 = window.innerWidth;
    charts.forEach(function (c) {
      layout(c.chart, c.el);
    });
  });
  // A printed page shows the numbers folded away under a chart.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.chart-data").forEach(function (d) {
      d.open = true;
    });
  });
})();
