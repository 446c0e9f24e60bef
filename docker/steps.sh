# Step runner of the container tests (sourced by docker/test.sh and
# docker/fresh-test.sh): each step's output goes to a log of its own in
# $LOGS, the terminal gets one line per step, and the run ends with
# "N passed, N failed".

passed=0
failed=0
step_no=0

say() { printf '%s\n' "$*"; }

# step NAME CMD...: runs CMD with its output in a log of its own; on failure
# prints the log's tail. Returns CMD's status.
step() {
	local name=$1
	shift
	step_no=$((step_no + 1))
	local log
	log=$LOGS/$(printf "%02d" "$step_no")-${name//[^A-Za-z0-9._-]/-}.log
	local t0=$SECONDS
	if "$@" >"$log" 2>&1; then
		passed=$((passed + 1))
		say "ok   $name ($((SECONDS - t0)) s)"
		return 0
	fi
	failed=$((failed + 1))
	say "FAIL $name ($((SECONDS - t0)) s); last lines of its log:"
	tail -n 40 "$log" | sed 's/^/     | /'
	return 1
}

# must NAME CMD...: a step the rest depends on; stops the run when it fails.
must() {
	step "$@" || {
		say "stopping: later steps need \"$1\""
		exit 1
	}
}


# end_run STATUS: the common end of a container test's clean-up: stops the
# engine (docker/engine.sh) and removes what it made, removes the run's
# folder unless DOCKER_TEST_KEEP_LOGS=1, prints the summary line, and exits
# (1 when a step failed, else STATUS).
end_run() {
	engine_stop >>"$LOGS/engine-stop.log" 2>&1
	if [ "${DOCKER_TEST_KEEP_LOGS:-0}" = 1 ]; then
		say "logs kept in $LOGS"
	else
		engine_cleanup_dirs
	fi
	say "$passed passed, $failed failed"
	if [ "$failed" -gt 0 ]; then exit 1; fi
	exit "$1"
}
