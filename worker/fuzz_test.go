package main

import (
	"testing"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// A fragment either is no handover, is refused with a reason, or carries a
// readable check that packs and unpacks again to the same file.
func FuzzUnpack(f *testing.F) {
	f.Add("import=")
	f.Add("import=!!!")
	f.Add("section-2")
	if link, err := pack("https://x.example", []byte(`{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol"}}`)); err == nil {
		f.Add(link[len("https://x.example/check#"):])
	}
	f.Fuzz(func(t *testing.T, fragment string) {
		file, ok, err := unpack(fragment)
		switch {
		case !ok:
			if err != nil || file != nil {
				t.Fatalf("no handover, yet %v", err)
			}
		case err != nil:
			if err.Error() == "" {
				t.Fatal("refused without a reason")
			}
		default:
			samePackedAgain(t, file)
		}
	})
}

// A file either cannot be packed, with a reason, or unpacks as itself.
func FuzzPackThenUnpack(f *testing.F) {
	f.Add([]byte(`{"format":"smart-selfcheck","version":1,"vehicle":{"powertrain":"petrol","firstRegistered":"2019-03-14"},"findings":[{"kind":"body.dent","sizeMm":3}]}`))
	f.Add([]byte(`{"format":"smart-selfcheck","version":2}`))
	f.Add([]byte("\ufeff{}"))
	f.Fuzz(func(t *testing.T, file []byte) {
		if _, err := pack("https://x.example", file); err != nil {
			if err.Error() == "" {
				t.Fatal("refused without a reason")
			}
			return
		}
		samePackedAgain(t, file)
	})
}

// samePackedAgain packs file, unpacks the link and checks the check is the
// same, as the app encodes it.
func samePackedAgain(t *testing.T, file []byte) {
	t.Helper()
	link, err := pack("https://x.example", file)
	if err == errTooLarge {
		return
	}
	if err != nil {
		t.Fatalf("a readable check is not packed: %v", err)
	}
	got, ok, err := unpack(link[len("https://x.example/check#"):])
	if !ok || err != nil {
		t.Fatalf("the link does not unpack: %v", err)
	}
	if a, b := encoded(t, file), encoded(t, got); a != b {
		t.Fatalf("unpacked a different check:\n%s\n%s", a, b)
	}
}

func encoded(t *testing.T, file []byte) string {
	t.Helper()
	f, problems := standards.Parse(file)
	if f == nil {
		t.Fatalf("unreadable: %v", problems)
	}
	b, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
