package standards

import (
	"fmt"
	"strings"
	"testing"
)

// A file of 20,000 findings of every measured kind, decoded and evaluated.
func BenchmarkDecodeEvaluate20000(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[`)
	pos := []string{"front-left", "front-right", "rear-left", "rear-right", "spare"}
	for i := range 20000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		switch i % 5 {
		case 0:
			fmt.Fprintf(&sb, `{"kind":"body.dent","location":"panel %d","sizeMm":%d,"onSwageLineOrEdge":false,"highProfilePanel":false}`, i%40, i%20)
		case 1:
			fmt.Fprintf(&sb, `{"kind":"glass.windscreen-chip","sizeMm":%d,"inDriversView":false,"cracking":false}`, i%7)
		case 2:
			if i < 25 {
				fmt.Fprintf(&sb, `{"kind":"wheels.tyre","position":%q,"treadMm":3.1,"brand":"Pirelli","size":"165/65 R15"}`, pos[i/5])
			} else {
				sb.WriteString(`{"kind":"interior.burn","location":"driver seat","note":"cigarette burn"}`)
			}
		case 3:
			fmt.Fprintf(&sb, `{"kind":"wheels.rim-scuff","position":"front-left","sizeMm":%d}`, i%30)
		default:
			fmt.Fprintf(&sb, `{"kind":"bumpers.scuff","location":"rear bumper","sizeMm":%d,"affectsAppearance":false}`, i%60)
		}
	}
	sb.WriteString(`]}`)
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		f, err := Decode(in)
		if err != nil {
			b.Fatal(err)
		}
		if r := Evaluate(f, d(2025, 1, 1)); len(r.Findings) != 20000 {
			b.Fatal(len(r.Findings))
		}
	}
}
