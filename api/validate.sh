#!/usr/bin/env bash
# Validates api/openapi.json against the OpenAPI 3.1 schema with
# @seriousme/openapi-schema-validator (npm), installed once into
# build/node/openapi (git-ignored); later runs work offline.
# Exit 0 when valid, 1 when not (or when the validator cannot be installed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:-$root/api/openapi.json}
prefix=$root/build/node/openapi
version=2.11.0
cli=$prefix/node_modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js
if [[ ! -f $cli ]]; then
	mkdir -p "$prefix"
	if ! npm install --prefix "$prefix" --no-audit --no-fund --silent \
		"@seriousme/openapi-schema-validator@$version" >&2; then
		echo "api/validate.sh: cannot install the validator" >&2
		exit 1
	fi
fi
# The CLI prints {"valid": true} or the errors, and exits non-zero when invalid.
if node "$cli" "$doc"; then
	exit 0
fi
exit 1
