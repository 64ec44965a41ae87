package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"text/tabwriter"
	"time"
)

// tool is one command the benchmark times.
type tool struct {
	name    string
	cmd     []string
	devnull bool   // its standard output is data, not text to keep
	figures string // the figure file it writes
	main    bool   // boso compute on the clean files: what the others are compared with
	peer    bool   // a peer, whose figure file has the peers' columns
	csvOnly bool   // boso's steps without the XLSX export
	runs    []measurement
}

// measurement is one run of a child process, from its own rusage.
type measurement struct {
	wall, cpu time.Duration
	rss       int64 // bytes
}

func (m measurement) short() string {
	return fmt.Sprintf("%.2f s, CPU %.2f s, %.0f MiB", m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/(1<<20))
}

// measure runs t once. A tool that fails is an error, with what it said.
func measure(t tool) (measurement, error) {
	cmd := exec.Command(t.cmd[0], t.cmd[1:]...)
	var said bytes.Buffer
	cmd.Stderr = &said
	if t.devnull {
		cmd.Stdout = io.Discard
	} else {
		cmd.Stdout = &said
	}
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		tail := said.String()
		if len(tail) > 2000 {
			tail = "…" + tail[len(tail)-2000:]
		}
		return measurement{}, fmt.Errorf("%v\n%s", err, tail)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return measurement{}, fmt.Errorf("no rusage on this system")
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return measurement{wall: wall, cpu: cpu, rss: ru.Maxrss * 1024}, nil // Maxrss is in KiB on Linux
}

// median is the run with the median wall time (its own CPU), with the
// highest peak RSS of all runs.
func (t tool) median() measurement {
	rs := slices.Clone(t.runs)
	slices.SortFunc(rs, func(a, b measurement) int { return int(a.wall - b.wall) })
	m := rs[len(rs)/2]
	for _, r := range rs {
		m.rss = max(m.rss, r.rss)
	}
	return m
}

// table prints the measurements, and boso compute's as ratios to each peer's.
func table(w io.Writer, tools []tool, rows int) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "verktøy\tvegg s\tCPU s\ttopp RSS MiB\trader/s\t")
	var base, csvOnly measurement
	hasCSVOnly := false
	for _, t := range tools {
		m := t.median()
		if t.main {
			base = m
		}
		if t.csvOnly {
			csvOnly, hasCSVOnly = m, true
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.0f\t%s\t\n", t.name, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/(1<<20), perSecond(rows, m.wall))
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "forhold\tvegg\tCPU\ttopp RSS\t")
	line := func(label string, a, b measurement) {
		fmt.Fprintf(tw, "%s\t%.2f×\t%.2f×\t%.2f×\t\n", label, ratio(a.wall, b.wall), ratio(a.cpu, b.cpu), float64(a.rss)/float64(max(1, b.rss)))
	}
	for _, t := range tools {
		switch {
		case t.peer:
			line("boso compute / "+t.name, base, t.median())
			if hasCSVOnly {
				line("boso, bare tall.csv / "+t.name, csvOnly, t.median())
			}
		case t.main || t.csvOnly || t.name == catName:
		default:
			line(t.name+" / boso compute", t.median(), base)
		}
	}
	tw.Flush()
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
}

func perSecond(rows int, d time.Duration) string {
	if d <= 0 {
		return ""
	}
	v := float64(rows) / d.Seconds()
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.1f M", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.0f k", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}
