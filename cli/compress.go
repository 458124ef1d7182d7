package cli

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// encodings are the precompressed copies written beside app.wasm, best first.
var encodings = []struct {
	name, ext string // Content-Encoding token and file suffix
	write     func(w io.Writer) io.WriteCloser
}{
	{"br", ".br", func(w io.Writer) io.WriteCloser { return brotli.NewWriterLevel(w, brotli.BestCompression) }},
	{"gzip", ".gz", func(w io.Writer) io.WriteCloser {
		z, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		return z
	}},
}

// precompressWasm writes the compressed copies of every wasm file.
func precompressWasm() error {
	for _, name := range wasmFiles {
		if err := precompress(filepath.Join(webDir, name)); err != nil {
			return err
		}
	}
	return nil
}

// precompress writes path.br and path.gz unless they are already newer than path.
func precompress(path string) error {
	src, err := os.Stat(path)
	if err != nil {
		return err
	}
	for _, enc := range encodings {
		if dst, err := os.Stat(path + enc.ext); err == nil && !dst.ModTime().Before(src.ModTime()) {
			continue
		}
		if err := compressFile(path, path+enc.ext, enc.write); err != nil {
			return err
		}
	}
	return nil
}

func compressFile(from, to string, newWriter func(io.Writer) io.WriteCloser) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := to + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := newWriter(out)
	_, err = io.Copy(w, in)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, to)
}
