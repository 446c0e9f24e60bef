#!/usr/bin/env bash
# Compares the figures report-import finds in Word files with those it finds
# in the same files converted to plain text by pandoc (the reference), with
# tests/tools/score-metrics/score.js (the text's figures as gold):
#
#   tests/tools/docx-vs-text.sh /work/shared/corpus/provinces/2025-docx
#
# Needs pandoc and node; uses bin/report-import (make first). Prints the
# scorer's total (value+unit P/R/F1, micro-averaged over the files).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:?usage: docx-vs-text.sh DIR-OF-DOCX}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pairs=()
n=0
for f in "$dir"/*.docx; do
	n=$((n + 1))
	pandoc -t plain --wrap=none "$f" -o "$tmp/$n.txt"
	"$root/bin/report-import" --dry-run --format json "$f" >"$tmp/$n.docx.json"
	"$root/bin/report-import" --dry-run --format json "$tmp/$n.txt" >"$tmp/$n.txt.json"
	pairs+=("$tmp/$n.txt.json" "$tmp/$n.docx.json")
done
node "$root/tests/tools/score-metrics/score.js" "${pairs[@]}" | sed -n '/^== total/,$p'
