#!/usr/bin/env bash
# The Makefile asks pkg-config for each library on its own and stops with
# the Debian package to install when one is missing (one call for four
# libraries, errors thrown away, once blanked every flag and failed later on
# "libpq-fe.h: No such file or directory"); and it builds with gcc unless
# told otherwise (CC ?= gcc never took effect against make's default cc).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
out=$(PKG_CONFIG_LIBDIR=$TMP/none PKG_CONFIG_PATH= make -n O="$TMP/o" programs 2>&1) &&
	fail "make -n succeeded without any .pc file"
grep -q 'pkg-config does not know libmicrohttpd: install libmicrohttpd-dev' <<<"$out" ||
	fail "unclear message without libmicrohttpd's .pc: $out"
echo "ok: a missing library names its package"
# Only libpq's .pc hidden: the message names libpq-dev, not a header.
mkdir -p "$TMP/pc"
IFS=: read -ra pcdirs <<<"$(pkg-config --variable pc_path pkg-config)"
for d in "${pcdirs[@]}"; do
	for f in "$d"/*.pc; do
		[[ -e $f && ${f##*/} != libpq.pc ]] && ln -sf "$f" "$TMP/pc/"
	done
done
out=$(PKG_CONFIG_LIBDIR=$TMP/pc PKG_CONFIG_PATH= make -n O="$TMP/o" programs 2>&1) &&
	fail "make -n succeeded without libpq.pc"
grep -q 'install libpq-dev' <<<"$out" || fail "libpq missing not named: $out"
echo "ok: libpq missing alone is named"
# compile_command ARGS...: the first compiler command of make -n ARGS.
compile_command() {
	local out
	out=$(make -n O="$TMP/o" "$@" programs 2>&1) || fail "make -n failed: $out"
	grep -m1 -- ' -c ' <<<"$out"
}
first=$(compile_command)
[[ $first == gcc\ * ]] || fail "default compiler is not gcc: $first"
first=$(compile_command CC=clang)
[[ $first == clang\ * ]] || fail "CC=clang is not used: $first"
echo "ok: gcc by default, CC honoured"
