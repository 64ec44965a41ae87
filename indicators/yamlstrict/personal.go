package yamlstrict

import (
	"gopkg.in/yaml.v3"

	"boso/indicators/pii"
	"boso/templates/msg"
)

// pathKeys are the keys whose values are file paths. A path is kept as
// it is (the file must still open); one holding something like an id is
// warned about, and shown masked wherever boso prints it
// (diag.ShownPath).
var pathKeys = map[string]bool{"file": true, "workbook": true, "sources": true}

// maskIDs replaces what may be a personal id in every scalar under n (keys
// and values) by a mask, with a warning at each: whatever boso then prints
// from a YAML file (a programme name, a kommune name, a definition text)
// holds none.
func (d *Decoding) maskIDs(n *yaml.Node, path bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		if path {
			if pii.Contains(n.Value) {
				d.L.Warn(pii.CodeYAML, d.Pos(n), msg.YAMLPersonalPath.F())
			}
			return
		}
		if masked, k := pii.Mask(n.Value, msg.PIIMask.String()); k > 0 {
			d.L.Warn(pii.CodeYAML, d.Pos(n), msg.YAMLPersonal.F())
			n.Value = masked
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			d.maskIDs(k, false)
			d.maskIDs(n.Content[i+1], pathKeys[k.Value])
		}
	default:
		for _, c := range n.Content {
			d.maskIDs(c, path)
		}
	}
}
