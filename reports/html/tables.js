"use strict";
// A table that may stack (class stack) stays a grid while it fits its box
// and is stacked (class stacked, style.css) when it would otherwise scroll
// sideways: again whenever the window's width changes. Paper gets the
// grids.
(function () {
  var tables = document.querySelectorAll("table.stack");
  var grid = function () {
    tables.forEach(function (t) {
      t.classList.remove("stacked");
    });
  };
  var fit = function () {
    grid();
    // Measure every grid first, then stack: one layout, not one per table.
    var wide = [];
    tables.forEach(function (t) {
      var box = t.parentElement;
      if (box.scrollWidth > box.clientWidth + 1) {
        wide.push(t);
      }
    });
    wide.forEach(function (t) {
      t.classList.add("stacked");
    });
  };
  fit();
  var width = window.innerWidth;
  window.addEventListener("resize", function () {
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      fit();
    }
  });
  window.addEventListener("beforeprint", grid);
  window.addEventListener("afterprint", fit);
})();
