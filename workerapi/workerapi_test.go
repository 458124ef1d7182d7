package workerapi

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
)

// exchanges is one request and its reply of every kind, each with every
// field its kind uses set.
var exchanges = map[Kind]struct {
	request Request
	reply   Reply
}{
	PDF: {
		Request{Kind: PDF, File: `{"format":"smart-selfcheck","version":1}`, On: date.MustParse("2026-11-21"),
			Retailer: &cover.Retailer{Name: "smart Centre Leeds", Phone: "0113 496 0000", Email: "sales@leeds.example"}},
		Reply{},
	},
	Card: {
		Request{Kind: Card, Text: "https://selfcheck.example/kiosk?retailer=smart+Leeds", On: date.MustParse("2026-11-21"),
			Retailer: &cover.Retailer{Name: "smart Leeds", Phone: "0113 496 0000"}},
		Reply{},
	},
	QR: {
		Request{Kind: QR, Text: "https://selfcheck.example/kiosk"},
		Reply{SVG: "data:image/svg+xml;base64,PHN2Zz4="},
	},
	Pack: {
		Request{Kind: Pack, Origin: "https://selfcheck.example", File: `{"format":"smart-selfcheck","version":1}`},
		Reply{URL: "https://selfcheck.example/check#import=q1YqSi0uzSlRslIqzs9NTc5ILCpWqgUA", SVG: "data:image/svg+xml;base64,PHN2Zz4="},
	},
	Unpack: {
		Request{Kind: Unpack, Fragment: "import=q1YqSi0uzSlRslIqzs9NTc5ILCpWqgUA"},
		Reply{File: `{"format":"smart-selfcheck","version":1}`},
	},
	Place: {
		Request{Kind: Place, Text: "Brest"},
		Reply{Place: &PlaceAnswer{
			Answer:  cover.CountryAnswer{Query: "Brest", Reason: "Brest is in two countries", Nearest: []string{"Brest (France)"}, Listed: []string{"France"}},
			Matches: []Town{{Town: "Brest", Kind: "city", In: "France"}, {Town: "Brest", Kind: "city", In: "Belarus"}, {Town: "Colonia", Of: "Köln", Kind: "city", In: "Germany"}},
		}},
	},
	Calendar: {
		Request{Kind: Calendar, On: date.MustParse("2026-12-02"), Complaint: date.MustParse("2026-11-30"),
			File: `{"format":"smart-selfcheck","version":1}`},
		Reply{},
	},
	Photo: {
		Request{Kind: Photo, Zone: 60, Added: "2026-05-01T10:20:00Z"},
		Reply{Taken: "2026-05-01T09:58:12Z"},
	},
	Export: {
		Request{Kind: Export, File: `{"format":"smart-selfcheck","version":1,"photos":[{"shot":"front","file":"front.jpg"}]}`},
		Reply{},
	},
	Import: {
		Request{Kind: Import},
		Reply{File: `{"format":"smart-selfcheck","version":1}`},
	},
	Locate: {
		Request{Kind: Locate, Position: &Position{Lat: 43.7384, Lon: 7.4246, Accuracy: 30}},
		Reply{Guess: &Guess{Place: "Monaco", Inside: true, Nearby: []string{"France"}}},
	},
}

func TestEveryKindRoundTrips(t *testing.T) {
	for _, kind := range Kinds {
		t.Run(kind.String(), func(t *testing.T) {
			ex, ok := exchanges[kind]
			require.True(t, ok, "a request of kind %q has no row in exchanges: add one", kind)
			require.Equal(t, kind, ex.request.Kind)

			b, err := EncodeRequest(ex.request)
			require.NoError(t, err)
			got, err := DecodeRequest(b)
			require.NoError(t, err)
			assert.Equal(t, ex.request, got, "the request, through %s", b)

			b, err = EncodeReply(ex.reply)
			require.NoError(t, err)
			back, err := DecodeReply(b)
			require.NoError(t, err)
			assert.Equal(t, ex.reply, back, "the reply, through %s", b)
		})
	}
	assert.Len(t, exchanges, len(Kinds), "every row is a kind in Kinds")
}

func TestAFailureRoundTrips(t *testing.T) {
	b, err := EncodeReply(Reply{Error: "on: must be a date in the form YYYY-MM-DD"})
	require.NoError(t, err)
	r, err := DecodeReply(b)
	require.NoError(t, err)
	assert.Equal(t, Reply{Error: "on: must be a date in the form YYYY-MM-DD"}, r)
}

func TestThePDFTravelsBesideTheJSON(t *testing.T) {
	b, err := EncodeReply(Reply{Bytes: []byte("%PDF-1.4")})
	require.NoError(t, err)
	assert.Equal(t, "{}", string(b))
}

func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		clause, raw, want string
	}{
		{"not JSON", `{`, "malformed"},
		{"an unknown kind", `{"kind":"fax"}`, `unknown request "fax"`},
		{"no kind", `{}`, `unknown request ""`},
		{"a day that is not a date", `{"kind":"pdf","on":"2026-02-30"}`, "malformed"},
	} {
		t.Run(tc.clause, func(t *testing.T) {
			_, err := DecodeRequest([]byte(tc.raw))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	t.Run("an unknown kind is not sent", func(t *testing.T) {
		_, err := EncodeRequest(Request{Kind: "fax"})
		assert.ErrorContains(t, err, `unknown request "fax"`)
	})
}

// Whatever arrives, a request is refused with a reason or read as one of
// the kinds, and reads back the same once written again.
func FuzzDecodeRequest(f *testing.F) {
	for _, kind := range Kinds {
		if b, err := EncodeRequest(exchanges[kind].request); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"kind":"pdf","on":"2026-02-30"}`))
	f.Add([]byte(`{"kind":"card","retailer":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRequest(b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("refused without a reason")
			}
			return
		}
		again, err := EncodeRequest(r)
		if err != nil {
			t.Fatalf("read %+v, which cannot be written: %v", r, err)
		}
		back, err := DecodeRequest(again)
		if err != nil || !assert.ObjectsAreEqual(r, back) {
			t.Fatalf("%s read back as %+v (%v), not %+v", again, back, err, r)
		}
	})
}

// The guess the worker makes is the one the app shows: every place the
// outlines name comes back as itself.
func TestAGuessTravelsByName(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lat, lon float64
	}{
		{"Monaco, inside France's coarse outline", 43.7384, 7.4246},
		{"Lyon, inside France", 45.764, 4.8357},
		{"at sea, far from every outline", 0, -30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := cover.Locate(tc.lat, tc.lon, 0)
			b, err := EncodeReply(Reply{Guess: GuessOf(want)})
			require.NoError(t, err)
			r, err := DecodeReply(b)
			require.NoError(t, err)
			require.NotNil(t, r.Guess)
			assert.Equal(t, want, r.Guess.Cover())
		})
	}
	for _, o := range cover.Outlines {
		assert.NotNil(t, placeNamed(o.Place), "outline of %q: cover.Places has no place of that name", o.Place)
	}
}
