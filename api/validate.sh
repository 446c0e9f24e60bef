#!/usr/bin/env bash
# Validates api/openapi.json against the OpenAPI 3.1 schema with
# @seriousme/openapi-schema-validator, pinned in scripts/node-tools and
# installed by scripts/deps.sh test (this script installs nothing).
# Exit 0 when valid, 1 when not (or when the validator is missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:-$root/api/openapi.json}
cli=$root/build/node-tools/node_modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js
if [[ ! -f $cli ]]; then
	echo "api/validate.sh: the validator is missing: run scripts/deps.sh test" >&2
	exit 1
fi
# The CLI prints {"valid": true} or the errors, and exits non-zero when invalid.
if node "$cli" "$doc"; then
	exit 0
fi
exit 1
