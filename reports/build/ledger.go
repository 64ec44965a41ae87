package build

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/model"
)

// Publication is the record of what one published report showed: every
// figure its cells rest on, and whether the number was shown or hidden.
// `boso report` writes it beside the report, and reads the earlier ones
// back, so that what a report hides takes account of what was actually
// published before it — not of what the earlier reports would show if
// they were made again today, which differs when figures, targets or
// workbooks have changed since. It holds no hidden value.
type Publication struct {
	Kommune   string          `json:"kommune"`
	Period    string          `json:"periode"`
	Threshold int64           `json:"skjuler_til_og_med"`
	Figures   []PublishedFact `json:"tall"`
}

// PublishedFact is one figure of a publication.
type PublishedFact struct {
	Indicator string `json:"indikator"`
	Period    string `json:"periode"`
	Group     string `json:"gruppe,omitempty"`
	Shown     bool   `json:"vist"` // false: shown as ":"
}

// PublicationOf records what a published report shows.
func PublicationOf(in *Input, r *model.Report) Publication {
	pub := Publication{Kommune: in.Kommune, Period: in.Period.String(), Threshold: in.threshold()}
	states := map[factKey]*shownState{}
	readModel(newFacts(in.Set), r, states)
	for _, k := range sortedFacts(states) {
		st := states[k]
		if !st.visible && !st.hidden {
			continue // only named, never with a number or a mark (a missing figure)
		}
		pub.Figures = append(pub.Figures, PublishedFact{Indicator: k.ind, Period: k.p.String(), Group: k.group, Shown: st.visible})
	}
	return pub
}

// Write writes the publication as indented JSON.
func (p Publication) Write(w io.Writer) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// ReadPublication reads a publication that Write wrote.
func ReadPublication(r io.Reader) (Publication, error) {
	var p Publication
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Publication{}, err
	}
	if _, err := period.Parse(p.Period); err != nil {
		return Publication{}, fmt.Errorf("periode %q: %w", p.Period, err)
	}
	for _, f := range p.Figures {
		if _, err := period.Parse(f.Period); err != nil {
			return Publication{}, fmt.Errorf("periode %q: %w", f.Period, err)
		}
	}
	return p, nil
}

// states returns the figures of a publication as the audit reads them.
func (p Publication) states() map[factKey]*shownState {
	out := map[factKey]*shownState{}
	for _, f := range p.Figures {
		q, err := period.Parse(f.Period)
		if err != nil {
			continue
		}
		k := factKey{f.Indicator, q, f.Group}
		st := out[k]
		if st == nil {
			st = &shownState{where: f.Indicator + " " + f.Period}
			out[k] = st
		}
		if f.Shown {
			st.visible = true
		} else {
			st.hidden = true
		}
	}
	return out
}

// HiddenFigures returns the whole numbers the report hides that are above
// the threshold (smaller ones are warned about as small counts), each with
// what it is for a message («Bostedsløse husstander, 1. halvår 2025»): a
// text in the workbook that quotes one gives the hidden figure away.
func HiddenFigures(in *Input, r *model.Report) map[int64]string {
	states := map[factKey]*shownState{}
	readModel(newFacts(in.Set), r, states)
	figs := indexFigures(in.Figures, in.Kommune)
	out := map[int64]string{}
	for _, k := range sortedFacts(states) {
		st, ind := states[k], in.Set.Get(k.ind)
		v, ok := figs.value(k)
		if st.visible || !st.hidden || ind == nil || !ok {
			continue
		}
		n := int64(math.Round(v))
		if n <= in.threshold() || out[n] != "" {
			continue
		}
		what := ind.Name + ", " + format.Period(k.p)
		if k.group != "" {
			field, g, _ := in.Set.Group(k.group)
			what += ", " + strings.ToLower(field) + " " + g
		}
		out[n] = what
	}
	return out
}
