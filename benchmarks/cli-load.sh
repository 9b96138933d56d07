#!/usr/bin/env bash
# Measures the `aldea validate` command on an NDJSON folder of generated children (1,000,000 by
# default) with the distribution's launcher and its defaults: wall time and peak resident memory,
# as /usr/bin/time reports them.
# Usage: benchmarks/cli-load.sh [children]   (after mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launchers=(cli/target/aldea-*/bin/aldea)
aldea=${launchers[0]}
"$aldea" generate --children "$children" --format ndjson --out "$work/load"
echo "children.ndjson: $(du -h "$work/load/children.ndjson" | cut -f1)"
/usr/bin/time -v "$aldea" validate --as-of 2018-06-19 "$work/load" 2> "$work/time.txt"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
