// Package assets holds the third-party files boso copies into its outputs,
// each beside its licence: the ECharts library the HTML report inlines so it
// works offline. The files are pinned; README.md says where each came from.
package assets

import _ "embed"

// EChartsVersion is the npm version of the embedded ECharts build.
const EChartsVersion = "5.6.0"

// EChartsJS is ECharts' minified browser build (dist/echarts.min.js of
// echarts@5.6.0 on npm). Apache License 2.0; it bundles zrender (BSD
// 3-Clause) and code from d3 (BSD 3-Clause).
//
//go:embed echarts/echarts.min.js
var EChartsJS string

// EChartsLicense is ECharts' LICENSE file.
//
//go:embed echarts/LICENSE
var EChartsLicense string

// EChartsNotice is ECharts' NOTICE file, which Apache-2.0 asks every
// redistribution to carry.
//
//go:embed echarts/NOTICE
var EChartsNotice string
