#!/usr/bin/env bash
# Exports at scale on PostgreSQL in a 256 MB heap (issue 6, docs/PERFORMANCE.md, section C).
#
# Recreates the scratch database ducha_perf_x, builds the jar, starts it with the demo district on
# PostgreSQL on a free loopback port with the heap capped (-Xmx256m, GC log, heap dump on
# OutOfMemoryError), generates 300 units and 1,000,000 open assignments (perf/assignments-data.sql),
# then 1,000,000 reports and 1,000,000 closed assignments with their problems (perf/exports-data.sql),
# signs in through the API as the demo officer, downloads GET /api/v1/reports?format=xlsx and
# GET /api/v1/assignments?format=xlsx with curl (wall time, size), counts the rows of every sheet
# of each file, takes the peak heap from the GC log and the peak RSS of the process, checks that the
# application did not run out of memory, stops it and prints a summary.
#
#   perf/run-exports.sh
#   PERF_HEAP=128m perf/run-exports.sh      # another heap cap
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres, curl, unzip,
# python3 and JDK 25. Takes about 10–15 minutes and 4 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${PERF_HEAP:-256m}
. perf/lib.sh
perf_init ducha_perf_x target/perf-exports

perf_machine
perf_recreate_db

echo "== build"
rm -rf "$OUT" && mkdir -p "$OUT"
if [ -z "${PERF_SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -q -Pperf -DskipTests package
fi
JAR=$(perf_jar)
perf_db_env

perf_pick_port
echo "== application on $BASE_URL (postgres,demo; -Xmx$HEAP; log $OUT/app.log, GC log $OUT/gc.log)"
perf_start_app 240 -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc.log" -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$OUT" \
  -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --ducha.data-dir="$OUT/data"

echo "== data: 300 units, 1,000,000 open assignments (today $TODAY in the district; load: $(perf_load))"
start=$(date +%s)
perf_data perf/assignments-data.sql
echo "== data: 1,000,000 reports, 1,000,000 closed assignments, the problems"
perf_data perf/exports-data.sql
echo "generated in $(( $(date +%s) - start )) s"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"officer","password":"Demo@2026"}' \
  "$BASE_URL/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# Samples the resident set of the application every second while a download runs.
sample_rss() { while kill -0 "$APP_PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status"; sleep 1; done; }

download() { # name path
  local name=$1 path=$2 file="$OUT/$1.xlsx"
  echo "== export $name: GET $path (load: $(perf_load))"
  sample_rss >"$OUT/$name.rss" &
  local sampler=$!
  local gc_from; gc_from=$(wc -l <"$OUT/gc.log")
  local result
  result=$(curl -sS -o "$file" -H "Authorization: Bearer $TOKEN" --max-time 3600 \
    -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$BASE_URL$path" || true)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  tail -n +"$((gc_from + 1))" "$OUT/gc.log" >"$OUT/$name.gc.log"
  local rows=0 sheets=0
  if unzip -tq "$file" >/dev/null 2>&1; then
    for sheet in $(unzip -Z1 "$file" | grep '^xl/worksheets/sheet[0-9]*\.xml$'); do
      sheets=$((sheets + 1))
      rows=$((rows + $(unzip -p "$file" "$sheet" | grep -o '<row ' | wc -l) - 1))   # minus the header row
    done
  fi
  local alive=yes; kill -0 "$APP_PID" 2>/dev/null || alive=no
  local oom=no; grep -q OutOfMemoryError "$OUT/app.log" && oom=yes
  echo "$name $result $rows $sheets $alive $oom" | tee -a "$OUT/exports.txt"
}

: >"$OUT/exports.txt"
download reports "/api/v1/reports?format=xlsx"
download assignments "/api/v1/assignments?format=xlsx"
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
perf_stop_app

python3 - "$OUT" "$HEAP" "$HWM" <<'PY'
import re, sys
out, heap, hwm = sys.argv[1], sys.argv[2], int(sys.argv[3] or 0)
print("\n== Summary (-Xmx%s)" % heap)
for line in open(out + "/exports.txt", encoding="utf-8"):
    name, code, ttfb, total, size, rows, sheets, alive, oom = line.split()
    gc = open("%s/%s.gc.log" % (out, name), encoding="utf-8").read()
    pairs = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"(\d+)M->(\d+)M\((\d+)M\)", gc)]
    rss = [int(x) for x in open("%s/%s.rss" % (out, name), encoding="utf-8").read().split() if x.isdigit()]
    print("%s: HTTP %s, %s rows in %s sheet(s), %.1f MB, first byte %.1f s, total %.1f s (%.0f rows/s); "
          "heap before GC max %s MB, after GC max %s MB, committed max %s MB (%d GCs); RSS max %.0f MB; "
          "application alive: %s, OutOfMemoryError: %s"
          % (name, code, rows, sheets, int(size) / 1e6, float(ttfb), float(total),
             int(rows) / max(float(total), 0.001),
             max((p[0] for p in pairs), default="-"), max((p[1] for p in pairs), default="-"),
             max((p[2] for p in pairs), default="-"), len(pairs), max(rss, default=0) / 1024, alive, oom))
print("peak RSS of the application over the run (VmHWM): %.0f MB" % (hwm / 1024))
PY
