# Step runner of the container tests (sourced by docker/test.sh,
# docker/scale-test.sh and docker/fresh-test.sh): each step's output goes to
# a log of its own in $LOGS, the terminal gets one line per step, and the run
# ends with "N passed, N failed". Also the parts of a run that the compose
# tests share around their steps: the env file (write_env) and the end of
# the clean-up (end_run).

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

# write_env SAMPLE DEST [LINE...]: the run's env file, $WORK/env (compose
# reads it through --env-file, and nothing else sets the file's variables):
# fresh random passwords for every run, as a deployment's .env would have,
# the settings every stack takes (the API on 127.0.0.1:$PORT, reports from
# $WORK/reports, two workers, info logs, the image the run builds), then
# each LINE (NAME=VALUE: a stack's own settings); and the sample report
# SAMPLE copied to DEST (cp's DEST: a folder or a file name).
write_env() {
	local sample=$1 dest=$2
	shift 2
	{
		printf '%s\n' "POSTGRES_PASSWORD=$(openssl rand -hex 16)" \
			"REPORT_READER_PASSWORD=$(openssl rand -hex 16)" \
			"REPORT_WRITER_PASSWORD=$(openssl rand -hex 16)" \
			REPORT_BIND=127.0.0.1 "REPORT_PORT=$PORT" "REPORTS_DIR=$WORK/reports" \
			REPORT_WORKERS=2 REPORT_LOG_LEVEL=info REPORT_IMAGE=report-service:latest
		[ "$#" -eq 0 ] || printf '%s\n' "$@"
	} >"$WORK/env"
	cp "$sample" "$dest"
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
