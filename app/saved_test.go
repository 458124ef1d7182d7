package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// memStore is a storage area in memory; full makes every write fail.
type memStore struct {
	items map[string]string
	full  bool
}

func newMemStore() *memStore { return &memStore{items: map[string]string{}} }

func (m *memStore) read(key string) (string, bool, error) {
	t, ok := m.items[key]
	return t, ok, nil
}

func (m *memStore) write(key, text string) error {
	if m.full {
		return errors.New("saving " + key + ": the browser refused (QuotaExceededError)")
	}
	m.items[key] = text
	return nil
}

func (m *memStore) remove(key string) { delete(m.items, key) }

func TestSavedCheckRoundTrips(t *testing.T) {
	s := newMemStore()
	f, err := standards.Decode([]byte(`{"format":"smart-selfcheck","version":1,
		"vehicle":{"powertrain":"electric","firstRegistered":"2019-03-14","colour":"white"},
		"findings":[{"kind":"body.dent","location":"left door","sizeMm":10}]}`))
	require.NoError(t, err)
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	require.NoError(t, saveCheck(s, f, now))

	got := loadCheck(s)
	assert.Empty(t, got.Unreadable)
	assert.Equal(t, now, got.SavedAt)
	assert.Len(t, got.File.Findings, 1)
	assert.Contains(t, s.items[keyCheck], `"colour": "white"`, "unknown fields survive saving")
}

func TestNothingSavedStartsEmpty(t *testing.T) {
	got := loadCheck(newMemStore())
	require.NotNil(t, got.File)
	assert.Empty(t, got.File.Findings)
	assert.True(t, got.SavedAt.IsZero())
	assert.Empty(t, got.Unreadable)
}

func TestAHalfFilledCheckStillLoads(t *testing.T) {
	s := newMemStore()
	s.items[keyCheck] = `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart #1"}}`
	got := loadCheck(s)
	assert.Empty(t, got.Unreadable, "missing required fields are for the driver to fill, not a broken file")
	assert.Equal(t, "smart #1", got.File.Vehicle.Model)
}

func TestUnreadableCheckIsKeptAsideAndTheAppStartsEmpty(t *testing.T) {
	for _, tc := range []struct{ name, stored, why string }{
		{"corrupt", `{"format":"smart-selfcheck","vers`, "not"},
		{"from a future version", `{"format":"smart-selfcheck","version":2}`, "version"},
		{"another app's data", `{"format":"something-else","version":1}`, "format"},
	} {
		s := newMemStore()
		s.items[keyCheck] = tc.stored
		got := loadCheck(s)
		assert.Contains(t, got.Unreadable, tc.why, tc.name)
		assert.Empty(t, got.File.Findings, tc.name)
		kept, ok := unreadableCopy(s, got.InPlace)
		assert.True(t, ok, tc.name)
		assert.Equal(t, tc.stored, kept, tc.name)
		_, still := s.items[keyCheck]
		assert.False(t, still, "%s: the next save starts clean", tc.name)
	}
}

// A check too large to copy aside in a full storage stays where it is: it
// is never removed before its copy is kept.
func TestUnreadableCheckStaysWhenNoCopyCanBeKept(t *testing.T) {
	s := newMemStore()
	big := strings.Repeat("X", 3_000_000)
	s.items[keyCheck] = big
	s.full = true
	got := loadCheck(s)
	assert.NotEmpty(t, got.Unreadable)
	assert.True(t, got.InPlace)
	assert.Empty(t, got.File.Findings)
	assert.Equal(t, big, s.items[keyCheck], "the original is where it was")
	kept, ok := unreadableCopy(s, got.InPlace)
	assert.True(t, ok)
	assert.Equal(t, big, kept, "offered for download")

	s.full = false
	discardUnreadableCopy(s, got.InPlace)
	assert.Empty(t, s.items, "deleted when the driver asks")
}

func TestFullStorageIsReported(t *testing.T) {
	s := newMemStore()
	s.full = true
	err := saveCheck(s, &standards.File{}, time.Now())
	assert.ErrorContains(t, err, "refused")
}
