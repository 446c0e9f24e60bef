#!/usr/bin/env bash
# Checks bin/report-import against the part gold of tests/fixtures/zone-parts/ (see its
# README): every figure's is_target and period_year and every section's is_plan against the
# review or plan part it is in, on each document with each kind (工作报告, none, 政府工作报告).
# One line per document and kind; exit 1 on any disagreement (tests/gold/parts.js says how
# each is judged).
#
#   bash tests/gold/parts.sh [--verbose] [NAME...]   --verbose names every disagreement
#
# Needs bin/report-import (make programs) and node.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
imp=${REPORT_IMPORT:-bin/report-import}
[[ -x $imp ]] || { echo "$imp not built (make programs)" >&2; exit 2; }
exec node tests/gold/parts.js "$imp" --check "$@"
