#!/usr/bin/env bash
# Browser benchmark of issue 17, end to end: publishes the web app and the CLI (Release), imports and trains Online Retail
# and a generated shop of 1M lines and 5,000 products, then times every page in Chromium (bench/MerchantInsights.Browser.Bench).
# Usage: bash bench/browser-bench.sh [WORK_DIR]      (FRESH=1 re-imports and re-trains the shops; otherwise they are reused)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/mi-browser-bench}
retail=${ONLINE_RETAIL:-../shared/data/online_retail/online_retail.csv.gz}
mkdir -p "$out"
dotnet publish src/MerchantInsights.Web -c Release -o "$out/web" -v q -nologo
dotnet publish src/MerchantInsights.Cli -c Release -o "$out/cli" -v q -nologo
cli="$out/cli/merchant-insights"

[ -s "$out/online_retail.csv" ] || gunzip -c "$retail" > "$out/online_retail.csv"
[ -s "$out/generated-1m.csv" ] || dotnet run -c Release --project bench/MerchantInsights.ShopSimulator -- big --lines 1000000 --products 5000 --out "$out/generated-1m.csv"

prepare() { # name csv: import and train once (timed), reused on later runs unless FRESH=1
  local db="$out/$1.db"
  if [ -n "${FRESH:-}" ] || [ ! -e "$db.ready" ]; then
    rm -f "$db" "$db-wal" "$db-shm" "$db.ready"
    /usr/bin/time -f "$1 import: %e s, peak %M KB" "$cli" import --db "$db" "$2"
    /usr/bin/time -f "$1 train: %e s, peak %M KB" "$cli" train --db "$db"
    touch "$db.ready"
  fi
}
prepare online-retail "$out/online_retail.csv"
prepare generated-1m "$out/generated-1m.csv"

dotnet run -c Release --project bench/MerchantInsights.Browser.Bench -- --web "$out/web" \
  --shop "Online Retail=$out/online-retail.db" --shop "Generated 1M lines, 5,000 products=$out/generated-1m.db"
