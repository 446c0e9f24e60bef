#!/bin/bash
# Lints the Docker deployment (one check of `make test`):
#   - docker-compose config -q on docker/docker-compose.yml, with .env.example
#     and placeholder passwords (the file refuses to start without them);
#   - dockerfile-utils lint on every Dockerfile, with no error and no warning.
# Installs docker-compose (Debian) and dockerfile-utils (npm, into the
# git-ignored build/node) when they are missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NODE_DIR=$ROOT/build/node
DOCKERFILE_UTILS=$NODE_DIR/node_modules/.bin/dockerfile-utils
DOCKERFILE_UTILS_VERSION=0.16.3
status=0

if ! command -v docker-compose >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=600 \
		docker-compose >/dev/null
fi
if [ ! -x "$DOCKERFILE_UTILS" ]; then
	mkdir -p "$NODE_DIR"
	npm install --prefix "$NODE_DIR" --no-audit --no-fund --silent \
		"dockerfile-utils@$DOCKERFILE_UTILS_VERSION" >/dev/null
fi

if POSTGRES_PASSWORD=lint REPORT_READER_PASSWORD=lint REPORT_WRITER_PASSWORD=lint \
	docker-compose --project-directory "$ROOT/docker" --env-file "$ROOT/docker/.env.example" \
	-f "$ROOT/docker/docker-compose.yml" config -q; then
	echo "ok   docker-compose config: docker/docker-compose.yml"
else
	echo "FAIL docker-compose config: docker/docker-compose.yml"
	status=1
fi

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
