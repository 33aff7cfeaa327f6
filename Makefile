# jolkarta: build, run, test. Everything the project needs and is missing gets installed.
SWIFT ?= swift
FILE ?= data/roadmap.json
BENCH_SIZES ?= 122 10000 100000 1000000

.PHONY: all deps build run test bench fuzz clean man completions install

all: build

# Installs what is missing: the ncursesw headers, the libxlsxwriter headers (xlsx export
# and report), zlib's (ZIPFoundation inflates the .xlsx that `import` reads), tmux (for the end-to-end tests), git (sync, and its tests with real
# repositories), Debian's markdown-it and openpyxl for Python (the report tests render
# Markdown with a real parser; the xlsx tests read the workbooks back), Chromium and
# poppler-utils (the report tests print the HTML report to PDF headless, count its pages
# with pdfinfo and read its text with pdftotext), the locale sources (the tests build a
# KOI8-R locale to try a terminal that is not UTF-8) and groff (the man page tests render
# the pages), through apt-get when root,
# otherwise says the exact command to run.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/ncurses.h ] || missing="$$missing libncursesw5-dev"; \
	[ -f /usr/include/xlsxwriter.h ] || missing="$$missing libxlsxwriter-dev"; \
	[ -f /usr/include/zlib.h ] || missing="$$missing zlib1g-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v git >/dev/null 2>&1 || missing="$$missing git"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	/usr/bin/python3 -c 'import markdown_it' >/dev/null 2>&1 || missing="$$missing python3-markdown-it"; \
	/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing="$$missing python3-openpyxl"; \
	[ -f /usr/share/i18n/charmaps/KOI8-R.gz ] || missing="$$missing locales"; \
	command -v groff >/dev/null 2>&1 || missing="$$missing groff-base"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "missing:$$missing. Run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release

# Opens the region's roadmap in the dashboard.
run: build
	.build/release/jolkarta $(FILE)

# The release binary too: the end-to-end test at 1,000,000 activities times the program
# a user runs, not a debug build.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) build -c release --product jolkarta
	$(SWIFT) test --skip-build

# Speed and memory from 122 to 1,000,000 activities (release build, medians); needs jq
# for the comparison the targets are stated against, and GNU time for each program's peak
# memory. Python's json module is timed too (python3 is Debian's). Writes to bench-out/.
bench: deps
	@command -v jq >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq; else echo "missing: jq. Run: sudo apt-get install -y jq"; exit 1; fi; }
	@[ -x /usr/bin/time ] || { if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; else echo "missing: time. Run: sudo apt-get install -y time"; exit 1; fi; }
	$(SWIFT) build -c release --product jolkarta
	$(SWIFT) build -c release --product JolkartaBench
	.build/release/JolkartaBench $(BENCH_SIZES)

# libFuzzer on the loader (not part of `make test`): FUZZ_SECONDS of mutations of the
# region's roadmap and the JSON test suite; any crash stops it and leaves crash-* files.
FUZZ_SECONDS ?= 60
fuzz:
	mkdir -p .build .build/fuzz-corpus
	swiftc -sanitize=fuzzer,address -parse-as-library -O fuzz/LoaderFuzz.swift \
	  Sources/RoadmapKit/*.swift -module-name LoaderFuzz -o .build/fuzz-loader 2>&1 | grep -v "Cannot export local symbol" || true
	cp data/roadmap.json Tests/RoadmapKitTests/Fixtures/jsontestsuite/test_parsing/*.json .build/fuzz-corpus/
	.build/fuzz-loader -max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=4096 .build/fuzz-corpus

# The man pages, written by the binary from its own command tree (`jolkarta manual`, which
# keeps Kazakh and Russian letters that argument-parser's generate-manual plugin drops):
# .build/man/jolkarta.1 in MAN_LANG (English unless given), and the Kazakh and Russian
# pages under .build/man/kk/ and .build/man/ru/, where man finds them for those locales.
MAN_LANG ?= en
man: deps
	$(SWIFT) build -c release --product jolkarta
	mkdir -p .build/man/kk .build/man/ru
	.build/release/jolkarta manual --lang $(MAN_LANG) > .build/man/jolkarta.1
	.build/release/jolkarta manual --lang kk > .build/man/kk/jolkarta.1
	.build/release/jolkarta manual --lang ru > .build/man/ru/jolkarta.1

# The shell completions, from the binary itself, into .build/completions/.
completions:
	$(SWIFT) build -c release --product jolkarta
	mkdir -p .build/completions
	.build/release/jolkarta --generate-completion-script bash > .build/completions/jolkarta.bash
	.build/release/jolkarta --generate-completion-script zsh > .build/completions/_jolkarta
	.build/release/jolkarta --generate-completion-script fish > .build/completions/jolkarta.fish

# Installs the release binary, the man page and the completions under $(DESTDIR)$(PREFIX).
PREFIX ?= /usr/local
install: deps man completions
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/man/kk/man1" "$(DESTDIR)$(PREFIX)/share/man/ru/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 .build/release/jolkarta "$(DESTDIR)$(PREFIX)/bin/jolkarta"
	install -m 644 .build/man/jolkarta.1 "$(DESTDIR)$(PREFIX)/share/man/man1/jolkarta.1"
	install -m 644 .build/man/kk/jolkarta.1 "$(DESTDIR)$(PREFIX)/share/man/kk/man1/jolkarta.1"
	install -m 644 .build/man/ru/jolkarta.1 "$(DESTDIR)$(PREFIX)/share/man/ru/man1/jolkarta.1"
	install -m 644 .build/completions/jolkarta.bash \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/jolkarta"
	install -m 644 .build/completions/_jolkarta "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_jolkarta"
	install -m 644 .build/completions/jolkarta.fish \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/jolkarta.fish"

clean:
	rm -rf .build
