#!/usr/bin/env bash
# Times whole commands in turn, round after round, so that a host whose speed drifts (a shared
# machine) slows them alike: the median, lowest and highest wall time of each and its median peak
# resident memory, as /usr/bin/time reports them. Standard output and error of the commands are
# dropped; a command that fails stops the measurement.
# Usage: benchmarks/interleaved.sh ROUNDS COMMAND...   (each command one string, split by the shell)
set -euo pipefail
rounds=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((round = 1; round <= rounds; round++)); do
  for ((i = 1; i <= $#; i++)); do
    # shellcheck disable=SC2086 # each command is split into its words on purpose.
    /usr/bin/time -f "%e %M" -o "$work/last" ${!i} > /dev/null 2>&1
    cat "$work/last" >> "$work/$i"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for ((i = 1; i <= $#; i++)); do
  wall=$(cut -d' ' -f1 "$work/$i" | median)
  low=$(cut -d' ' -f1 "$work/$i" | sort -n | head -1)
  high=$(cut -d' ' -f1 "$work/$i" | sort -n | tail -1)
  rss=$(cut -d' ' -f2 "$work/$i" | median)
  printf '%6.2f s (%.2f to %.2f)  %4d MiB  %s\n' "$wall" "$low" "$high" "$((${rss%.*} / 1024))" "${!i}"
done
