#!/usr/bin/env bash
# Start-up time and memory of the whole dashboard process on the bundled dataset.
# "Start-up" = launch, open the store, (import the dataset), build the overview, render it
# offscreen at 1920x1080, write the PNG and exit: what a user waits for before the first
# figures appear. Prints the median of RUNS runs, and ratios to a baseline measured in the
# same run (the same binary printing --version: process start and library loading only).
# Usage: bench/startup.sh [build-dir]   (RUNS=9 by default)
set -euo pipefail
build=${1:-build}
binary="$build/app/stargate-dashboard"
runs=${RUNS:-9}
[ -x "$binary" ] || { echo "build first: $binary not found" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # label, then the command; prints "ms kib" lines into $work/$label
  local label=$1; shift
  : > "$work/$label"
  for i in $(seq "$runs"); do
    [ "$label" = cold ] && rm -f "$work/store.sqlite"*
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" > /dev/null 2>&1
    awk '{printf "%d %d\n", $1*1000, $2}' "$work/t" >> "$work/$label"
  done
}

measure baseline "$binary" --version
measure cold "$binary" --db "$work/store.sqlite" --screenshot "$work/shot.png" --size 1920x1080
measure warm "$binary" --db "$work/store.sqlite" --screenshot "$work/shot.png" --size 1920x1080
measure report "$binary" --db "$work/store.sqlite" --report json

base_ms=$(cut -d' ' -f1 "$work/baseline" | median)
base_kib=$(cut -d' ' -f2 "$work/baseline" | median)
printf '%-44s %9s %9s %12s %10s\n' "case (median of $runs runs)" "ms" "MiB" "ms/baseline" "MiB/base"
for label in baseline cold warm report; do
  ms=$(cut -d' ' -f1 "$work/$label" | median)
  kib=$(cut -d' ' -f2 "$work/$label" | median)
  case $label in
    baseline) name="baseline: --version";;
    cold) name="first start: new store + import + render";;
    warm) name="start on existing store + render";;
    report) name="--report json (no window)";;
  esac
  awk -v n="$name" -v ms="$ms" -v kib="$kib" -v bms="$base_ms" -v bkib="$base_kib" \
    'BEGIN {printf "%-44s %9d %9.1f %12.1f %10.1f\n", n, ms, kib/1024, (bms>0? ms/bms : 0), kib/bkib}'
done
