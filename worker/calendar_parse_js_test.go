//go:build js

package main

import "testing"

func requireParses(*testing.T, []byte, int) {}
