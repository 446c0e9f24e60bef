#!/usr/bin/env bash
# make test: build (release and ASan+UBSan), check format and lint, start a
# throwaway PostgreSQL cluster, migrate and import the fixtures with the ASan
# programs, start the ASan server, run the unit and integration tests
# (tests/README.md describes their environment), valgrind a dry-run import
# and a few server requests, run the optional hooks, and stop everything.
#
# Ends with one line "N passed, N failed": every Criterion test counts once,
# and so does every other check. Exit status 0 only when nothing failed.
# Logs: build/test-logs/last/ (one file per step; a failing step's tail is
# printed).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

run_id=$(date -u +%Y%m%dT%H%M%SZ)-$$
logs=$root/build/test-logs/$run_id
mkdir -p "$logs"
ln -sfn "$run_id" "$root/build/test-logs/last"
pgdir=$root/build/test-pg/$run_id
passed=0
failed=0
server_pid=
pg_port=

cleanup() {
	if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
		kill -KILL "$server_pid" 2>/dev/null
	fi
	if [[ -n $pg_port ]]; then
		scripts/pg-local.sh destroy "$pgdir" "$pg_port" >/dev/null 2>&1
	fi
	rm -rf "$pgdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

note_pass() {
	passed=$((passed + 1))
	printf 'ok    %s\n' "$1"
}
note_fail() {
	failed=$((failed + 1))
	printf 'FAIL  %s (log: %s)\n' "$1" "$2"
	[[ -f $2 ]] && tail -n 40 "$2" | sed 's/^/      | /'
}

# step NAME COMMAND...: runs it with its output in $logs/NAME.log.
step() {
	local name=$1
	shift
	local log=$logs/$name.log
	if "$@" >"$log" 2>&1; then
		note_pass "$name"
		return 0
	fi
	note_fail "$name" "$log"
	return 1
}

summary() {
	echo "logs: $logs"
	echo "$passed passed, $failed failed"
	[[ $failed -eq 0 ]]
	exit
}

free_port() { "$root/scripts/free-port.sh"; }

# criterion NAME BINARY ARGS...: runs a Criterion binary and adds its
# Synthesis counts (a crash without a synthesis counts as one failure).
criterion() {
	local name=$1
	shift
	local log=$logs/$name.log
	"$@" >"$log" 2>&1
	local rc=$?
	local synth
	synth=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'Synthesis: Tested' | tail -n 1)
	if [[ -z $synth ]]; then
		note_fail "$name (exit $rc, no synthesis)" "$log"
		return 1
	fi
	local pass fail crash
	pass=$(sed -E 's/.*Passing: ([0-9]+).*/\1/' <<<"$synth")
	fail=$(sed -E 's/.*Failing: ([0-9]+).*/\1/' <<<"$synth")
	crash=$(sed -E 's/.*Crashing: ([0-9]+).*/\1/' <<<"$synth")
	passed=$((passed + pass))
	failed=$((failed + fail + crash))
	printf '%s %s: %s\n' "$([[ $rc -eq 0 && $fail -eq 0 && $crash -eq 0 ]] && echo 'ok   ' || echo 'FAIL ')" \
		"$name" "$(sed -E 's/.*(Tested.*)/\1/' <<<"$synth")"
	if [[ $rc -ne 0 || $fail -ne 0 || $crash -ne 0 ]]; then
		sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '\[(FAIL|----)\]|CRASH|ERROR|runtime error' | head -n 60 |
			sed 's/^/      | /'
		if [[ $rc -ne 0 && $fail -eq 0 && $crash -eq 0 ]]; then
			note_fail "$name exited $rc" "$log"
		fi
	fi
	# Criterion counts a test whose process leaks (LeakSanitizer at exit) as
	# passed: the report in the log is a failure of its own.
	if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
		failed=$((failed + 1))
		printf 'FAIL  %s: sanitizer reports (log: %s)\n' "$name" "$log"
		grep -E -A12 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log" | head -n 40 |
			sed 's/^/      | /'
	fi
}

# Everything runs inside main so that bash has read the whole script before
# running any of it (editing the file during a run cannot derail it).
main() {
	# ---- build -------------------------------------------------------------------
	step deps scripts/deps.sh test || summary
	step build make -j2 programs || summary
	step build-asan make -j2 asan || summary
	step format-check make format-check
	step lint make lint
	# The set-up path of a fresh machine (deps, Makefile, local clusters,
	# make run and Ctrl-C, the container tests' engine): tests/setup/.
	local check
	for check in tests/setup/*.sh; do
		[[ $check == */lib.sh ]] && continue
		step "setup-$(basename "$check" .sh)" bash "$check"
	done

	bin=$root/build/asan/bin
	# Any sanitizer report is fatal: ASan exits 99 (abort-free, so that the
	# exit code tells), UBSan is built with -fno-sanitize-recover.
	export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:exitcode=99:strict_string_checks=1
	export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

	# ---- database --------------------------------------------------------------
	pg_port=$(free_port) || {
		note_fail "no free port for PostgreSQL" /dev/null
		summary
	}
	start_cluster() {
		local out
		out=$(REPORT_MIGRATE=$bin/report-migrate PG_LOCAL_EXTRA_OPTS="-c fsync=off" \
			scripts/pg-local.sh start "$pgdir" "$pg_port") || return 1
		echo "$out"
		eval "$out"
	}
	step cluster-migrate-logins start_cluster || summary
	eval "$(grep -E '^[A-Z_]+_URL=' "$logs/cluster-migrate-logins.log")"
	step migrate-rerun-noop "$bin/report-migrate" --dir migrations --database-url "$ADMIN_URL"

	import_fixtures() {
		"$bin/report-import" --database-url "$IMPORT_URL" tests/fixtures/real/jiyuan-gxq-2023.txt || return 1
		local f
		for f in tests/fixtures/synthetic/*.txt; do
			[[ -e $f ]] || continue
			"$bin/report-import" --database-url "$IMPORT_URL" "$f" || return 1
		done
	}
	step import-fixtures import_fixtures

	# ---- server ------------------------------------------------------------------
	api_port=$(free_port)
	# The log path is quoted for the sanitizers, which split options at spaces.
	server_log=$logs/server.log
	start_server() {
		ASAN_OPTIONS="$ASAN_OPTIONS:log_path='$logs/server-asan'" \
			UBSAN_OPTIONS="$UBSAN_OPTIONS:log_path='$logs/server-ubsan'" \
			DATABASE_URL=$API_URL "$bin/report-server" --listen "127.0.0.1:$api_port" \
			--log-level info >"$server_log" 2>&1 &
		server_pid=$!
		for _ in $(seq 1 150); do
			if curl -fsS -o /dev/null "http://127.0.0.1:$api_port/healthz" 2>/dev/null; then
				echo "server $server_pid on 127.0.0.1:$api_port"
				return 0
			fi
			kill -0 "$server_pid" 2>/dev/null || break
			sleep 0.2
		done
		cat "$server_log"
		return 1
	}
	step server-start start_server

	export TEST_API_URL=http://127.0.0.1:$api_port
	export TEST_ADMIN_DATABASE_URL=$ADMIN_URL
	export TEST_IMPORT_DATABASE_URL=$IMPORT_URL
	export TEST_READER_DATABASE_URL=$API_URL
	export TEST_BIN_DIR=$bin
	export TEST_FIXTURES=$root/tests/fixtures
	# A command line for /bin/sh (the tests run it with system()): quoted, as
	# the clone's path may hold spaces.
	TEST_PG_CTL=$(printf '%q ' "$root/scripts/pg-local.sh" --server-only "$pgdir" "$pg_port")
	export TEST_PG_CTL
	export TEST_SERVER_PID=$server_pid
	# Every exchange of the integration tests, for the contract check below.
	export TEST_EXCHANGE_LOG=$logs/exchanges.jsonl
	rm -f "$TEST_EXCHANGE_LOG"

	# ---- tests -------------------------------------------------------------------
	# One worker at a time, as the integration tests: with parallel workers
	# libcriterion's own runner (not a test) leaks 48 bytes now and then
	# (a calloc in libcriterion.so.3, no frame of ours; 3 runs of 3 with the
	# default jobs on an idle machine, none of 3 with --jobs 1, 58 s). A
	# leak in a test is still reported by its worker and fails the step.
	criterion unit build/asan/tests/unit --jobs 1
	step gold-scores bash tests/gold/score.sh --check
	step gold-parts bash tests/gold/parts.sh
	step pdf-vs-text bash tests/pdf/check.sh
	criterion integration build/asan/tests/integration --jobs 1
	# The contract: each answer against api/openapi.json, and the check
	# itself failing on deliberately wrong documents.
	step api-answers node api/validate-answers.mjs "$TEST_EXCHANGE_LOG"
	step api-answers-mutants node api/validate-answers-mutants.mjs "$TEST_EXCHANGE_LOG"

	# ---- ThreadSanitizer: the server under concurrent load and imports ---------
	step build-tsan make -s -j2 tsan &&
		step tsan-server-concurrent bash tests/tsan/server-concurrent.sh

	# ---- fuzzing (short; make fuzz runs long) -----------------------------------
	fuzz_short() {
		make -s -j2 fuzz-build && tests/fuzz/run.sh all "${FUZZ_TEST_SECONDS:-15}"
	}
	step fuzz-short fuzz_short

	# ---- valgrind ----------------------------------------------------------------
	vg=(valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect)
	step valgrind-import-dry-run "${vg[@]}" bin/report-import --dry-run --format json \
		tests/fixtures/real/jiyuan-gxq-2023.txt
	step valgrind-import-pdf "${vg[@]}" bin/report-import --dry-run --format json \
		tests/fixtures/pdf/heading-break.pdf

	valgrind_server() {
		local port pid rc=0
		port=$(free_port) || return 1
		ASAN_OPTIONS= DATABASE_URL=$API_URL "${vg[@]}" bin/report-server --listen "127.0.0.1:$port" \
			--workers 2 &
		pid=$!
		local up=0
		for _ in $(seq 1 150); do
			curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && up=1 && break
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		if [[ $up -eq 1 ]]; then
			local path
			for path in /healthz /readyz /api/v1/reports /api/v1/metrics?limit=5 /api/v1/sections?limit=5 \
				/api/v1/metrics?format=csv \
				/api/v1/reports/999999999 /api/v1/nope; do
				curl -sS -o /dev/null -w "%{http_code} $path\n" "http://127.0.0.1:$port$path" || rc=1
			done
		else
			rc=1
		fi
		kill -TERM "$pid" 2>/dev/null
		wait "$pid" || rc=1
		return $rc
	}
	step valgrind-server valgrind_server

	# ---- optional hooks ------------------------------------------------------------
	[[ -x docker/lint.sh || -f docker/lint.sh ]] && step docker-lint bash docker/lint.sh
	[[ -x api/validate.sh || -f api/validate.sh ]] && step api-validate bash api/validate.sh
	step ts-client bash tests/client/check.sh
	step browser node tests/browser/dashboard.test.mjs

	# ---- shutdown ------------------------------------------------------------------
	stop_server() {
		[[ -n $server_pid ]] || return 1
		if ! kill -0 "$server_pid" 2>/dev/null; then
			echo "the server was no longer running"
			return 1
		fi
		kill -TERM "$server_pid"
		local rc=0
		wait "$server_pid" || rc=$?
		server_pid=
		echo "server exit status $rc"
		local reports
		reports=$(cat "$logs"/server-asan* "$logs"/server-ubsan* 2>/dev/null)
		if [[ -n $reports ]]; then
			echo "sanitizer reports:"
			echo "$reports"
			return 1
		fi
		if grep -qE 'runtime error|AddressSanitizer|LeakSanitizer' "$server_log"; then
			echo "sanitizer report in the server log"
			return 1
		fi
		[[ $rc -eq 0 ]]
	}
	step server-stop-clean stop_server || tail -n 20 "$server_log" | sed 's/^/      | /'

	summary
}

main "$@"
