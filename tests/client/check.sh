#!/usr/bin/env bash
# The TypeScript client check of make test: generates the API's types from
# api/openapi.json with openapi-typescript (pinned in scripts/node-tools),
# then type-checks the ordinary client code of tests/client with
# `tsc --strict --noEmit`. Then its own test: the same code against types
# generated from a copy of the document whose Metric has no `required`
# list (every field optional, as the document once was) must NOT compile.
# Exit 0 when both hold.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tools=$root/build/node-tools/node_modules/.bin
out=$root/build/ts-client
[[ -x $tools/openapi-typescript && -x $tools/tsc ]] || {
	echo "tests/client/check.sh: openapi-typescript or tsc missing: run scripts/deps.sh test" >&2
	exit 1
}
mkdir -p "$out"
typecheck() { "$tools/tsc" -p "$root/tests/client/tsconfig.json" --strict --noEmit; }

"$tools/openapi-typescript" "$root/api/openapi.json" -o "$out/api.d.ts"
typecheck
echo "ok    tests/client type-checks under --strict against api/openapi.json"

node -e '
const fs = require("fs");
const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
delete doc.components.schemas.Metric.required;
fs.writeFileSync(process.argv[2], JSON.stringify(doc));
' "$root/api/openapi.json" "$out/optional-metric.json"
"$tools/openapi-typescript" "$out/optional-metric.json" -o "$out/api.d.ts"
rc=0
typecheck >"$out/optional-metric.log" 2>&1 || rc=$?
"$tools/openapi-typescript" "$root/api/openapi.json" -o "$out/api.d.ts" # the real types back
if [[ $rc -eq 0 ]]; then
	echo "FAIL  tests/client still compiles with Metric's fields optional: the check cannot fail"
	exit 1
fi
echo "ok    with Metric's fields optional it does not compile ($(grep -c "error TS" "$out/optional-metric.log") errors), e.g.:"
grep -m 2 'error TS' "$out/optional-metric.log" | sed 's/^/        /'
