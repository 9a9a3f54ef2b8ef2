# AgendaPack: council meeting PDFs to validated JSON.
#   make demo   converts the sample corpus into out/ (installs what is missing first)
#   make test   builds and runs the whole test suite (installs what is missing first)

SWIFT      ?= swift
BUILD_FLAGS ?=
APT_PACKAGES := libpoppler-private-dev libsqlite3-dev pkg-config poppler-utils qpdf tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra
# For the report's browser test only: headless Chromium and its driver, driven by selenium.
BROWSER_PACKAGES := chromium chromium-driver
CORPUS_PDFS := $(wildcard corpus/pdf/*.pdf)
OUT        ?= out

.PHONY: setup browser-setup build release install test demo corpus bench bench-samples score clean fuzz fuzz-build schemas

FUZZ_SECONDS ?= 60
# Seconds one input may take before libFuzzer calls it a hang (the sanitised debug build is
# many times slower than a release one; raise it on a loaded machine).
FUZZ_TIMEOUT ?= 30
FUZZ_TARGETS ?= extract dates meeting frontsheet minutes recommendations
FUZZ_BUILD   := .build/fuzz
FUZZ_BIN     := $(FUZZ_BUILD)/debug/AgendaPackFuzz

## setup: install the system packages the build needs (does nothing when all are there)
setup:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi; \
	python3 -c "import jsonschema" 2>/dev/null || { echo "setup: installing python jsonschema"; \
	  python3 -m pip install -q jsonschema 2>/dev/null || python3 -m pip install -q --break-system-packages jsonschema; }; \
	command -v pkg-config >/dev/null || { echo "setup: pkg-config is still missing" >&2; exit 1; }; \
	pkg-config --exists poppler || { echo "setup: poppler is still missing" >&2; exit 1; }; \
	[ -f "$$(pkg-config --variable=includedir poppler)/poppler/OutputDev.h" ] || { echo "setup: poppler's core headers (libpoppler-private-dev) are still missing" >&2; exit 1; }

## browser-setup: Debian's chromium and chromium-driver and python's selenium, for the
## report's browser test (selenium drives the system browser; nothing is downloaded by it).
## Best effort: where they cannot be had, the browser test says so and is skipped.
browser-setup:
	@missing=""; for p in $(BROWSER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq 2>/dev/null; \
	  if apt-cache policy chromium 2>/dev/null | grep -q "Candidate: [0-9]"; then \
	    echo "browser-setup: installing$$missing"; \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null \
	      || echo "browser-setup: could not install$$missing; the browser test will be skipped"; \
	  else echo "browser-setup: apt offers no chromium package; the browser test will be skipped"; fi; \
	fi; \
	python3 -c "import selenium" 2>/dev/null || { echo "browser-setup: installing python selenium"; \
	  python3 -m pip install -q selenium 2>/dev/null || python3 -m pip install -q --break-system-packages selenium 2>/dev/null \
	  || echo "browser-setup: could not install selenium; the browser test will be skipped"; }

## build: debug build of the package
build: setup
	$(SWIFT) build $(BUILD_FLAGS)

## release: optimised build (used by demo and bench). The Swift runtime and Foundation are
## linked in statically: a process starts about 10 ms sooner, which counts when a batch
## runs one worker per file. Falls back to a dynamic build where the toolchain has no
## static libraries.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib $(BUILD_FLAGS) || $(SWIFT) build -c release $(BUILD_FLAGS)

## test: the whole suite (Swift Testing), the HTML report of a corpus pack in headless
## Chromium (skipped, saying why, where no browser can be had), then a second, independent
## validator (python's jsonschema) over the corpus's expected files and the outputs the tool
## makes from the corpus
test: setup browser-setup
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)
	@# The reader library carries its own Swift runtime: it must not need the toolchain's.
	@if readelf -d .build/debug/libAgendaPackPoppler.so | grep -q 'libswiftCore'; then \
		echo "libAgendaPackPoppler.so needs libswiftCore.so (an installed copy would not load)"; exit 1; fi
	python3 scripts/report-browser-test.py
	@rm -rf .build/test-out && mkdir -p .build/test-out
	.build/debug/agendapack extract $(CORPUS_PDFS) --out .build/test-out
	python3 scripts/check-json.py --expected corpus/expected
	python3 scripts/check-json.py .build/test-out

## demo: the main job on the sample corpus: every pack converted into out/ (JSON per pack,
## a JSON Lines stream of records, a SQLite database with full-text search, a summary)
demo: release
	.build/release/agendapack batch corpus/pdf --out $(OUT) --db $(OUT)/packs.sqlite --jsonl $(OUT)/records.jsonl
	@echo "demo: try  .build/release/agendapack search $(OUT)/packs.sqlite \"safeguarding\""

## bench: speed and memory next to pdftotext and pdfplumber; writes BENCHMARKS.md
bench: release
	python3 scripts/bench.py

## bench-samples: the real papers of ../shared/samples against pdftotext -bbox-layout, one
## process per file, CPU time (user + sys) beside wall time, pair by pair in interleaved
## rounds (BENCH_SAMPLE_ROUNDS, default 5); prints the table, writes nothing in the project.
## To compare two builds: python3 scripts/bench-samples.py --bin NEW --vs OLD
bench-samples: release
	python3 scripts/bench-samples.py --rounds $${BENCH_SAMPLE_ROUNDS:-5}

## score: the scorer's table on the labelled samples in ../shared (release build), checked
## against the committed baseline; says so and exits 0 when ../shared is absent
score: release
	python3 scripts/samples-score.py --bin .build/release/agendapack --check

## fuzz-build: the libFuzzer harness (fuzz/), built with the fuzzer and address sanitizers
## into its own build path, so `make build` and `make test` never build it.
fuzz-build: setup
	cd fuzz && $(SWIFT) build --build-path ../$(FUZZ_BUILD) --sanitize=fuzzer --sanitize=address

## fuzz: runs every target for FUZZ_SECONDS seconds each (default 60; CI: FUZZ_SECONDS=30),
## seeded from corpus/pdf (the PDFs for `extract`, their text in chunks of lines for the
## parsers). New inputs libFuzzer finds are kept in .build/fuzz/corpus/TARGET; a crash is
## written to .build/fuzz/crashes/ and fails the run: make it a regression test.
fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/crashes
	@python3 scripts/fuzz-seeds.py corpus/pdf $(FUZZ_BUILD)/seeds
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  FUZZ_TARGET=$$t ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BIN) $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/seeds/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=3072 -max_len=$$( [ $$t = extract ] && echo 262144 || echo 8192 ) \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- -print_final_stats=1 2> $(FUZZ_BUILD)/$$t.log || status=1; \
	  grep -E "^(Done [0-9]+ runs|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|INFO: seed corpus)" $(FUZZ_BUILD)/$$t.log | sort -u | sed "s/^/  /"; \
	  grep -E "cov: [0-9]+" $(FUZZ_BUILD)/$$t.log | tail -n 1 | sed "s/^/  last: /"; \
	done; \
	ls $(FUZZ_BUILD)/crashes | grep -v -- '-slow-unit-' | sed "s/^/failure: /"; \
	ls $(FUZZ_BUILD)/crashes | grep -- '-slow-unit-' | sed "s/^/slow input (not a failure): /"; exit $$status

## schemas: after editing schemas/agendapack.schema.json, derive the corpus's looser
## schemas/expected.schema.json from it. Nothing else to regenerate: SwiftPM embeds both
## files in the build (.embedInCode of the links in Sources/Contract/Schema).
schemas:
	python3 scripts/make-expected-schema.py

## corpus: rebuild the corpus PDFs and expected files from corpus/sources
corpus:
	bash corpus/build.sh

## install: the release build into $(PREFIX): bin/agendapack and the PDF reader it loads,
## lib/libAgendaPackPoppler.so (found there as ../lib from the executable).
PREFIX ?= /usr/local
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib
	install -m 755 .build/release/agendapack $(DESTDIR)$(PREFIX)/bin/agendapack
	install -m 644 .build/release/libAgendaPackPoppler.so $(DESTDIR)$(PREFIX)/lib/libAgendaPackPoppler.so

clean:
	rm -rf .build $(OUT)
