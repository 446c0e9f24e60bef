# Work-report data service: build, run and test.
#
#   make            build bin/report-migrate, bin/report-import, bin/report-server
#   make asan       the same under AddressSanitizer + UBSan, in build/asan/bin
#   make tsan       report-server under ThreadSanitizer, in build/tsan/bin
#   make fuzz       the libFuzzer targets of tests/fuzz/, 30 min each
#   make web        the dashboard's served tree in build/web (scripts/build-web.mjs)
#   make run        install, build, start a local PostgreSQL (unless DATABASE_URL
#                   is set), migrate, import the sample and serve
#   make test       install, build, run every test against a throwaway cluster
#   make bench      benchmarks (see bench/README.md)
#   make docker-test  build and test the Docker deployment end to end
#   make scale-test   the scaled-out deployment (replica, two servers, balancer)
#   make fresh-test   the README's quick start in a fresh Debian 12 container

VARIANT ?= release
O       := build/$(VARIANT)

# make's built-in default is cc: gcc unless the user names a compiler.
ifeq ($(origin CC),default)
CC := gcc
endif

# pkg LIB,FLAGS: pkg-config's FLAGS (--cflags or --libs) for one library, or
# a stop naming the Debian package that provides it. Expanded only when a
# recipe needs it, so that `make run` can install packages before building;
# each variable below computes itself once (the lazy-once $(eval) idiom).
pkg_deb_libmicrohttpd := libmicrohttpd-dev
pkg_deb_jansson := libjansson-dev
pkg_deb_libpq := libpq-dev
pkg_deb_libcurl := libcurl4-openssl-dev
pkg_deb_libzip := libzip-dev
pkg_deb_libxml-2.0 := libxml2-dev
pkg_deb_mupdf := libmupdf-dev
pkg_deb_zlib := zlib1g-dev
pkg_deb_libxxhash := libxxhash-dev
pkg = $(if $(shell command -v pkg-config),,$(error pkg-config is missing: install it (scripts/deps.sh run does)))$(if $(shell pkg-config --exists $(1) && echo yes),$(shell pkg-config $(2) $(1)),$(error \
      pkg-config does not know $(1): install $(pkg_deb_$(1)) (scripts/deps.sh run does)))
PKG_CFLAGS = $(eval PKG_CFLAGS := $(foreach l,libmicrohttpd jansson libpq libcurl libzip libxml-2.0 mupdf zlib libxxhash,$(call pkg,$(l),--cflags)))$(PKG_CFLAGS)
WARN    := -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wstrict-prototypes \
           -Wmissing-prototypes -Wvla -Wformat=2
CFLAGS_release := -O2 -g
CFLAGS_asan    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                  -fno-sanitize-recover=all
CFLAGS   = -std=c17 -D_GNU_SOURCE $(WARN) $(CFLAGS_$(VARIANT)) -Icommon -Iimport -Iserver \
           $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDFLAGS_asan := -fsanitize=address,undefined
# ThreadSanitizer (make tsan): the server under a concurrent load in make test.
CFLAGS_tsan    := -O1 -g -fno-omit-frame-pointer -fsanitize=thread
LDFLAGS_tsan   := -fsanitize=thread
# libFuzzer targets (make fuzz): clang only. clang, unlike gcc, reports a
# va_list passed on by a function without a format attribute (httpd.c).
CFLAGS_fuzz    := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
                  -Wno-format-nonliteral \
                  -fno-sanitize-recover=all
LDFLAGS_fuzz   := -fsanitize=fuzzer,address,undefined
LDFLAGS := $(LDFLAGS_$(VARIANT)) $(EXTRA_LDFLAGS)

LIBS_COMMON  = $(eval LIBS_COMMON := $(call pkg,jansson,--libs) $(call pkg,libpq,--libs) -lcrypto)$(LIBS_COMMON)
# MuPDF is static in Debian: its own libraries (--static) come along, and
# import/pdf_fonts.c stands in for the object that carries its fonts.
LIBS_IMPORT  = $(eval LIBS_IMPORT := $(call pkg,libzip,--libs) $(call pkg,libxml-2.0,--libs) \
               $(call pkg,mupdf,--libs --static))$(LIBS_IMPORT)
LIBS_SERVER  = $(eval LIBS_SERVER := $(call pkg,libmicrohttpd,--libs) $(call pkg,zlib,--libs) $(call pkg,libxxhash,--libs) -lpthread)$(LIBS_SERVER)
LIBS_CURL    = $(eval LIBS_CURL := $(call pkg,libcurl,--libs))$(LIBS_CURL)

COMMON_SRC := $(wildcard common/*.c)
IMPORT_SRC := $(filter-out import/main.c,$(wildcard import/*.c))
SERVER_SRC := $(filter-out server/main.c,$(wildcard server/*.c))
MIGRATE_SRC := $(wildcard migrate/*.c)
UNIT_SRC   := $(wildcard tests/unit/*.c)
INTEG_SRC  := $(wildcard tests/integration/*.c)

obj = $(patsubst %.c,$(O)/obj/%.o,$(1))

LIBCOMMON := $(O)/libcommon.a
LIBIMPORT := $(O)/libimport.a
LIBSERVER := $(O)/libserver.a

ifeq ($(VARIANT),release)
BINDIR := bin
else
BINDIR := $(O)/bin
endif

PROGRAMS := $(BINDIR)/report-migrate $(BINDIR)/report-import $(BINDIR)/report-server \
            $(BINDIR)/report-admin
TESTS    := $(O)/tests/unit $(O)/tests/integration

.PHONY: all asan tsan programs tests test web run bench docker-test scale-test fresh-test format format-check lint clean
all: programs
programs: $(PROGRAMS)
tests: $(TESTS)

asan:
	$(MAKE) VARIANT=asan programs tests

tsan:
	$(MAKE) VARIANT=tsan build/tsan/bin/report-server

$(O)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIBCOMMON): $(call obj,$(COMMON_SRC))
	@mkdir -p $(dir $@)
	$(AR) rcs $@ $^
$(LIBIMPORT): $(call obj,$(IMPORT_SRC))
	@mkdir -p $(dir $@)
	$(AR) rcs $@ $^
$(LIBSERVER): $(call obj,$(SERVER_SRC))
	@mkdir -p $(dir $@)
	$(AR) rcs $@ $^

$(BINDIR)/report-migrate: $(call obj,$(MIGRATE_SRC)) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_COMMON)
$(BINDIR)/report-import: $(call obj,import/main.c) $(LIBIMPORT) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_IMPORT) $(LIBS_COMMON)
$(BINDIR)/report-server: $(call obj,server/main.c) $(LIBSERVER) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_SERVER) $(LIBS_COMMON)

$(O)/tests/unit: $(call obj,$(UNIT_SRC)) $(LIBIMPORT) $(LIBSERVER) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lcriterion $(LIBS_IMPORT) $(LIBS_SERVER) $(LIBS_COMMON)
$(O)/tests/integration: $(call obj,$(INTEG_SRC)) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lcriterion $(LIBS_CURL) $(LIBS_COMMON)

# Only the compiler's dependency files: build/ also holds other trees (docker
# state with directories named *.d) that must not be read as makefiles.
-include $(wildcard build/*/obj/*/*.d build/*/obj/*/*/*.d)

web:
	@node scripts/build-web.mjs

run:
	@scripts/run.sh

test:
	@scripts/test.sh

bench: programs $(O)/bench/parse_bench
	@scripts/deps.sh bench
	@bench/run.sh

$(O)/bench/parse_bench: $(call obj,bench/parse_bench.c) $(LIBIMPORT) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_IMPORT) $(LIBS_COMMON)

docker-test:
	@docker/test.sh

scale-test:
	@docker/scale-test.sh

# Fuzzing (tests/fuzz/README.md): make fuzz runs each target for
# FUZZ_SECONDS (default 1800) and merges what it found into the corpus.
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS  := $(patsubst tests/fuzz/%.c,$(O)/fuzz/%,$(FUZZ_SRC))
.PHONY: fuzzers fuzz-build fuzz
fuzz-build:
	$(MAKE) VARIANT=fuzz CC=clang fuzzers
fuzzers: $(FUZZERS)
$(O)/fuzz/fuzz_parse: $(call obj,tests/fuzz/fuzz_parse.c) $(LIBIMPORT) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_IMPORT) $(LIBS_COMMON)
$(O)/fuzz/fuzz_docx: $(call obj,tests/fuzz/fuzz_docx.c) $(LIBIMPORT) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_IMPORT) $(LIBS_COMMON)
$(O)/fuzz/fuzz_pdf: $(call obj,tests/fuzz/fuzz_pdf.c) $(LIBIMPORT) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_IMPORT) $(LIBS_COMMON)
$(O)/fuzz/fuzz_dispatch: $(call obj,tests/fuzz/fuzz_dispatch.c) $(LIBSERVER) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_SERVER) $(LIBS_COMMON)
fuzz: fuzz-build
	@tests/fuzz/run.sh --merge all $${FUZZ_SECONDS:-1800}

fresh-test:
	@docker/fresh-test.sh

SOURCES = $(shell git ls-files '*.c' '*.h' 2>/dev/null)
format:
	clang-format -i $(SOURCES)
format-check:
	clang-format --dry-run --Werror $(SOURCES)
lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --inline-suppr --std=c11 -D__GNUC__ -Icommon -Iimport -Iserver \
	  --suppress=missingIncludeSystem common import server migrate admin

clean:
	rm -rf build bin

ADMIN_SRC := $(wildcard admin/*.c)
$(BINDIR)/report-admin: $(call obj,$(ADMIN_SRC)) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_COMMON)
