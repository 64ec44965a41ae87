package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
)

func TestZZHeap(t *testing.T) {
	prog := os.Getenv("BOSO_BENCH_PROGRAM")
	if prog == "" {
		t.Skip()
	}
	var l diag.List
	r, err := Load(context.Background(), Config{Files: files.Dir(filepath.Dir(prog), false), Program: prog, Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := r.Scan(context.Background(), &l)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	f, _ := os.Create("/tmp/heap.prof")
	pprof.WriteHeapProfile(f)
	f.Close()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("heap inuse %d MB", ms.HeapInuse>>20)
	runtime.KeepAlive(sc)
}
