package photo

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShotsHaveStableUniqueIDsAndNames(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Shots {
		assert.False(t, seen[s.ID], "shot %s twice", s.ID)
		seen[s.ID] = true
		assert.NotEmpty(t, s.Name, s.ID)
		assert.Empty(t, NameProblem(ShotName(s.ID)), "shot %s makes a valid file name", s.ID)
		assert.NotEqual(t, "unknown", s.Outline.String(), s.ID)
	}
	// The set: four sides, four corners, dashboard, interior,
	// luggage area, each wheel.
	for _, id := range []string{"front", "rear", "left", "right", "front-left", "front-right", "rear-left", "rear-right",
		"dashboard", "interior", "luggage", "wheel-front-left", "wheel-front-right", "wheel-rear-left", "wheel-rear-right"} {
		assert.True(t, seen[id], "the guided set has %s", id)
	}
}

func TestProgress(t *testing.T) {
	m := len(Shots)
	tests := []struct {
		name  string
		taken []string
		n     int
	}{
		{"nothing taken", nil, 0},
		{"two taken", []string{"front", "rear"}, 2},
		{"a shot taken twice counts once", []string{"front", "front"}, 1},
		{"an id that is no guided shot does not count", []string{"roof", "front"}, 1},
		{"all taken", func() []string {
			var ids []string
			for _, s := range Shots {
				ids = append(ids, s.ID)
			}
			return ids
		}(), m},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, gotM := Progress(tt.taken)
			assert.Equal(t, tt.n, n)
			assert.Equal(t, m, gotM)
		})
	}
}

func TestNameProblem(t *testing.T) {
	tests := []struct {
		name, file, problem string
	}{
		{"an app name", "dent-1.jpg", ""},
		{"a shot", "wheel-front-left.jpg", ""},
		{"empty", "", "must be a photo's file name, such as dent-1.jpg"},
		{"a path up", "../x.jpg", `"../x.jpg" is a path: must be a file name, such as dent-1.jpg`},
		{"a folder", "a/b.jpg", `"a/b.jpg" is a path: must be a file name, such as dent-1.jpg`},
		{"a Windows path", `a\b.jpg`, `"a\\b.jpg" is a path: must be a file name, such as dent-1.jpg`},
		{"not a JPEG name", "dent.png", `"dent.png" must end in .jpg`},
		{"only the suffix", ".jpg", `".jpg" must end in .jpg`},
		{"capitals", "Dent.jpg", `"Dent.jpg" may hold only lower-case letters, digits and dashes before .jpg`},
		{"too long", string(make([]byte, 70)) + ".jpg", "must be at most 64 characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.problem, NameProblem(tt.file)) })
	}
}

func TestNewName(t *testing.T) {
	used := map[string]bool{"dent-1.jpg": true}
	inUse := func(n string) bool { return used[n] }
	assert.Equal(t, "dent-2.jpg", NewName("body.dent", inUse))
	assert.Equal(t, "scratch-1.jpg", NewName("body.scratch", inUse))
	assert.Equal(t, "tread-depth-1.jpg", NewName("wheels.tread_depth", inUse))
	assert.Equal(t, "photo-1.jpg", NewName("", inUse))
	for _, k := range []string{"body.dent", "x.Ünï", "a.b c"} {
		assert.Empty(t, NameProblem(NewName(k, inUse)), k)
	}
}
