#!/usr/bin/env bash
# Import speed as a user meets it (issue 17): the whole `merchant-insights import` command (start-up, migrations,
# parsing, inserting, aggregates, commit) against `sqlite3 .import` of the same file into a new database file, in the
# same run, median of 3 each, with the command's peak memory.
# Usage: bash bench/import-vs-sqlite.sh [FILE.csv] [WORK_DIR]   (default: a generated 1.17M-line canonical shop)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${2:-/tmp/mi-import-bench}
mkdir -p "$out"
file=${1:-$out/generated-1.17m.csv}
if [ -n "${1:-}" ] && [ ! -s "$file" ]; then echo "$file: no such file (give an existing CSV, or nothing for the generated one)" >&2; exit 1; fi
[ -s "$file" ] || dotnet run -c Release --project bench/MerchantInsights.ShopSimulator -- big --lines 1170000 --products 5000 --out "$file"
dotnet publish src/MerchantInsights.Cli -c Release -o "$out/cli" -v q -nologo > /dev/null
echo "file: $file, $(wc -l < "$file") lines, $(du -m "$file" | cut -f1) MB, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours=(); theirs=(); peaks=()
for run in 1 2 3; do
  rm -f "$out/ours.db"* "$out/sqlite.db"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$out/cli/merchant-insights" import --db "$out/ours.db" "$file" > /dev/null
  read -r secs kb < "$out/time.txt"; ours+=("$secs"); peaks+=("$kb")
  start=$(date +%s.%N)
  sqlite3 "$out/sqlite.db" ".mode csv" ".import '$file' lines"
  theirs+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
o=$(printf '%s\n' "${ours[@]}" | median); s=$(printf '%s\n' "${theirs[@]}" | median); p=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
echo "merchant-insights import (whole command): ${ours[*]} s -> median $o s, peak $((p / 1024)) MB"
echo "sqlite3 .import into a new file:          ${theirs[*]} s -> median $s s"
echo "ratio: $(echo "scale=2; $o / $s" | bc)x (target <= 2.5x, <= 10 s, <= 300 MB)"
