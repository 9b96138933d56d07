#!/usr/bin/env bash
# Times `aldea validate --format json` (the distribution's launcher, with its defaults) beside Ajv
# under Node loading the published schema, parsing and validating the same file: the Peru
# document and a generated one of 100,000 children (29 MB), in turn, round after round
# (benchmarks/interleaved.sh), so that a shared host's drift slows both alike. Needs Node.
# Usage: benchmarks/cli-vs-ajv.sh   (after mvn -B -q -DskipTests package; ALDEA_OPTS is passed on)
set -euo pipefail
cd "$(dirname "$0")/.."
launchers=(cli/target/aldea-*/bin/aldea)
aldea=${launchers[0]}
schemas=json/target/classes/META-INF/aldea/schema/1.0
(cd .ci/conformance && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp testkit/src/main/resources/META-INF/aldea/testkit/peru.json "$work/peru.json"
"$aldea" generate --children 100000 --seed 11 --out "$work/generated-100000.json"
for document in "$work/peru.json" "$work/generated-100000.json"; do
  benchmarks/interleaved.sh 10 \
    "$aldea validate --format json --as-of 2018-06-19 $document" \
    "node .ci/conformance/validate-one.mjs $schemas $document"
done
