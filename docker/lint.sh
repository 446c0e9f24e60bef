#!/bin/bash
# Lints the Docker deployment (one check of `make test`):
#   - docker-compose config -q on docker/docker-compose.yml and
#     docker/docker-compose.scale.yml, with .env.example
#     and placeholder passwords (the file refuses to start without them);
#   - dockerfile-utils lint on every Dockerfile, with no error and no warning.
# Installs nothing: scripts/deps.sh test puts docker-compose (Debian) and
# dockerfile-utils (npm, pinned, in build/node-tools) in place first.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOCKERFILE_UTILS=$ROOT/build/node-tools/node_modules/.bin/dockerfile-utils
status=0

for tool in docker-compose "$DOCKERFILE_UTILS"; do
	command -v "$tool" >/dev/null || {
		echo "docker/lint.sh: $tool is missing: run scripts/deps.sh test" >&2
		exit 1
	}
done

for compose_file in docker-compose.yml docker-compose.scale.yml; do
	if POSTGRES_PASSWORD=lint REPORT_READER_PASSWORD=lint REPORT_WRITER_PASSWORD=lint \
		POSTGRES_REPLICATION_PASSWORD=lint \
		docker-compose --project-directory "$ROOT/docker" --env-file "$ROOT/docker/.env.example" \
		-f "$ROOT/docker/$compose_file" config -q; then
		echo "ok   docker-compose config: docker/$compose_file"
	else
		echo "FAIL docker-compose config: docker/$compose_file"
		status=1
	fi
done

while IFS= read -r dockerfile; do
	name=${dockerfile#"$ROOT"/}
	if out=$("$DOCKERFILE_UTILS" lint "$dockerfile" 2>&1) && [ -z "$out" ]; then
		echo "ok   dockerfile-utils lint: $name"
	else
		echo "FAIL dockerfile-utils lint: $name"
		printf '%s\n' "$out" | sed 's/^/     | /'
		status=1
	fi
done < <(find "$ROOT/docker" -name Dockerfile | sort)

exit "$status"
