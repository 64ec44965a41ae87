package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/pipeline"

	"boso/examples/internal/nasjonal"
)

// bosoCSV runs what boso compute runs, without the XLSX export: load the
// programme and its sources, compute, write tall.csv into out.
func bosoCSV(data, out string) error {
	ctx := context.Background()
	date, ok := period.ParseISO(reportDate)
	if !ok {
		return fmt.Errorf("bad date %s", reportDate)
	}
	var l diag.List
	run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir(data, false), Program: filepath.Join(data, nasjonal.ProgramFile), Date: date}, &l)
	if err != nil {
		return fmt.Errorf("%v\n%s", err, l.String())
	}
	if _, err := run.Compute(ctx, &l); err != nil {
		return err
	}
	if l.Errors() > 0 {
		return fmt.Errorf("%d feil:\n%s", l.Errors(), l.String())
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(out, "tall.csv"))
	if err != nil {
		return err
	}
	if err := run.FigureFiles(out)[0].Fill(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
