package region

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/html"
)

// FuzzExport feeds ReadExport any bytes: it returns figures or an error,
// never panics.
func FuzzExport(f *testing.F) {
	f.Add([]byte("kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode,teller,nevner,rader,beregning\n3403,Hamar,2025H1,utkastelser,,4,,,,,,,,,flow_count\n3403,Hamar,2025H1,startlan_innvilgelsesandel,,75.7895,,,,,,72,95,,ratio\n"))
	f.Add([]byte("kommunenummer,periode,indikator,inndeling,verdi,merknad\n3403,2025,x,,,..\n0301,2025H1,y,malgruppe=unge,1e3,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := ReadExport(files.New(fstest.MapFS{"tall.csv": {Data: data}}, ""), "tall.csv")
		if err == nil && len(ex.Figures) == 0 {
			t.Fatal("no error and no figures")
		}
		if err != nil {
			_ = err.Error()
		}
	})
}

// FuzzRegion drives a region file, a log and two kommuners' exports
// through the whole roll-up and its document; it asks only that nothing
// panics and that every error is said.
func FuzzRegion(f *testing.F) {
	export := "kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode,teller,nevner,rader,beregning\n" +
		"3403,Hamar,2025H1,utkastelser,,4,,,,,,,,,flow_count\n3403,Hamar,2024H1,utkastelser,,9,,,,,,,,,flow_count\n" +
		"3403,Hamar,2025H1,startlan_innvilgelsesandel,,75,,,,,,3,4,,ratio\n3403,Hamar,2025H1,startlan_innvilget_belop,,1000000,,,,,,,,2,flow_sum\n"
	f.Add([]byte(regionYAML), []byte("Kommunenummer;Mottatt\n3403;20.08.2025\n"), []byte(export), []byte(strings.ReplaceAll(export, "3403,", "3405,")))
	f.Add([]byte("name: x\nkommuner: [\"0301\"]\nsubmissions: innsendt\ndue: {half_year: \"29.02\"}\n"), []byte(""), []byte(export), []byte("x"))
	f.Fuzz(func(t *testing.T, config, log, a, b []byte) {
		if len(config)+len(log)+len(a)+len(b) > 1<<16 {
			t.Skip()
		}
		fsys := fstest.MapFS{
			"region.yaml":                  {Data: config},
			"innsendinger.csv":             {Data: log},
			"innsendt/3403-hamar/tall.csv": {Data: a},
			"innsendt/3405/tall.csv":       {Data: b},
		}
		var l diag.List
		res, err := Run(context.Background(), Options{Files: files.New(fsys, ""), Config: "region.yaml",
			Period: period.MustParse("2025H1"), Date: period.MustDate(2025, 9, 10)}, &l)
		_ = l.String()
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without words")
			}
			return
		}
		var sb strings.Builder
		if err := html.Write(&sb, res.Report); err != nil {
			t.Fatal(err)
		}
	})
}
