package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// The embedded script is the pinned npm file, byte for byte, and safe to
// inline in an HTML <script> element.
func TestEChartsIsThePinnedBuild(t *testing.T) {
	sum := sha256.Sum256([]byte(EChartsJS))
	if got, want := hex.EncodeToString(sum[:]), "bf4a223524e40b77c304bec67e1222cf551f14880cf42c69dc046558e11c07b1"; got != want {
		t.Errorf("echarts.min.js sha256 %s, want %s (update README.md with the new version)", got, want)
	}
	if !strings.Contains(EChartsJS, `version="`+EChartsVersion+`"`) {
		t.Errorf("echarts.min.js does not say version %s", EChartsVersion)
	}
	if lower := strings.ToLower(EChartsJS); strings.Contains(lower, "</script") || strings.Contains(lower, "<!--") {
		t.Error("echarts.min.js contains </script or <!--: it cannot be inlined as is")
	}
	if !strings.Contains(EChartsLicense, "Apache License") || !strings.Contains(EChartsNotice, "Apache ECharts") {
		t.Error("LICENSE or NOTICE is not ECharts'")
	}
}
