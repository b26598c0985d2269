#!/usr/bin/env bash
# The leader dashboard's statistics on PostgreSQL (issue 6, docs/PERFORMANCE.md, section D).
#
# Recreates the scratch database ducha_perf_d (its own role and database, so it can run beside the
# other scripts), builds the jar, starts it with the demo district on PostgreSQL on a free loopback
# port, generates 300 units and 1,000,000 open assignments (perf/assignments-data.sql), then
# 1,000,000 reports and 1,000,000 closed assignments with their problems (perf/exports-data.sql),
# prints an EXPLAIN (ANALYZE, BUFFERS) of each summary query for the year, runs Gatling
# (org.ducha.perf.DashboardSimulation: the demo leader and officer read
# GET /api/v1/statistics/summary and GET /api/v1/statistics/ranking for January 1 to today, back to
# back), stops the application and prints p50/p95/p99 of each request.
#
#   perf/run-dashboard.sh                              # 4 users, 60 s
#   PERF_USERS=2 PERF_SECONDS=30 perf/run-dashboard.sh
#   PERF_PAGE=1 perf/run-dashboard.sh                  # also GET /dashboard (the HTML page) in the loop
#   PERF_REUSE_DATA=1 PERF_PAGE=1 perf/run-dashboard.sh  # keep the database of the last run (no new data)
#   PERF_JAVA_OPTS="-XX:StartFlightRecording=..." …      # extra JVM options for the application
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres, curl,
# python3 and JDK 25. Takes about 10–15 minutes (most of it the data) and 4 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${PERF_USERS:-4}
PHASE_SECONDS=${PERF_SECONDS:-60}
PAGE=false
[ "${PERF_PAGE:-0}" = 1 ] && PAGE=true
. perf/lib.sh
perf_init ducha_perf_d target/perf-dashboard
FROM="${TODAY:0:4}-01-01"

perf_machine
REUSE=false
if [ "${PERF_REUSE_DATA:-0}" = 1 ] && $PSQL_ADMIN -d "$DB" -tAc "SELECT 1 FROM report LIMIT 1" 2>/dev/null | grep -q 1; then
  REUSE=true
  echo "== database $DB kept from the last run (PERF_REUSE_DATA=1)"
else
  perf_recreate_db
fi

echo "== build (perf profile)"
rm -rf "$OUT" && mkdir -p "$OUT"
if [ -z "${PERF_SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -q -Pperf -DskipTests package
fi
JAR=$(perf_jar)
perf_db_env

perf_pick_port
echo "== application on $BASE_URL (postgres,demo; log $OUT/app.log)"
perf_start_app "${PERF_START_SECONDS:-600}" ${PERF_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --ducha.data-dir="$OUT/data"

if [ "$REUSE" = false ]; then
  echo "== data: 300 units, 1,000,000 open assignments (today $TODAY in the district; load: $(perf_load))"
  start=$(date +%s)
  perf_data perf/assignments-data.sql
  echo "== data: 1,000,000 reports, 1,000,000 closed assignments, the problems"
  perf_data perf/exports-data.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi

# The summary's queries for the year as the district roles run them (intake.ReportStatistics,
# rectification.ProblemStatistics, assignment.AssignmentStatistics), each with its plan and time.
echo "== the summary queries, $FROM to $TODAY (EXPLAIN ANALYZE; load: $(perf_load))"
: >"$OUT/explain.txt"
while IFS= read -r query; do
  [ -z "$query" ] && continue
  echo "-- $query" >>"$OUT/explain.txt"
  $PSQL_PERF -c "EXPLAIN (ANALYZE, BUFFERS) $query" >>"$OUT/explain.txt"
done <<SQL
SELECT COUNT(*) FROM report WHERE received_on BETWEEN '$FROM' AND '$TODAY'
SELECT COUNT(*) FROM report WHERE decided_on BETWEEN '$FROM' AND '$TODAY' AND status IN ('ACCEPTED', 'CONCLUDED', 'ANSWERED')
SELECT COUNT(*) FROM report WHERE concluded_on BETWEEN '$FROM' AND '$TODAY'
SELECT COUNT(*) FROM report WHERE answered_on BETWEEN '$FROM' AND '$TODAY'
SELECT channel, COUNT(*) FROM report WHERE received_on BETWEEN '$FROM' AND '$TODAY' GROUP BY channel ORDER BY channel
SELECT category_code, COUNT(*) FROM report WHERE received_on BETWEEN '$FROM' AND '$TODAY' GROUP BY category_code ORDER BY category_code
SELECT COUNT(*) FROM problem WHERE found_on BETWEEN '$FROM' AND '$TODAY'
SELECT COUNT(*) FROM problem WHERE closed_on BETWEEN '$FROM' AND '$TODAY'
SELECT unit_code, COUNT(*) FROM problem WHERE found_on BETWEEN '$FROM' AND '$TODAY' GROUP BY unit_code ORDER BY COUNT(*) DESC, unit_code
SELECT category_code, COUNT(*) FROM problem WHERE found_on BETWEEN '$FROM' AND '$TODAY' GROUP BY category_code ORDER BY category_code
SELECT unit_code, COUNT(*), SUM(CASE WHEN closed_on IS NOT NULL AND closed_on <= due_on THEN 1 ELSE 0 END), SUM(CASE WHEN due_on < '$TODAY' AND (closed_on IS NULL OR closed_on > due_on) THEN 1 ELSE 0 END) FROM assignment WHERE kind = 'PROBLEM' AND due_on BETWEEN '$FROM' AND '$TODAY' GROUP BY unit_code ORDER BY unit_code
SQL
grep -E '^(-- |.*(Scan|Aggregate).*\(actual|Execution Time)' "$OUT/explain.txt" | sed -E 's/  +/ /g' | tee "$OUT/explain-short.txt"

echo "== dashboard: $USERS users (leader, officer), ${PHASE_SECONDS}s, page: $PAGE (load: $(perf_load))"
GATLING_RC=0
./mvnw -B -ntp -Pperf gatling:test -Dgatling.simulationClass=org.ducha.perf.DashboardSimulation \
  -Dperf.baseUrl="$BASE_URL" -Dperf.users="$USERS" -Dperf.seconds="$PHASE_SECONDS" -Dperf.page="$PAGE" \
  | tee "$OUT/gatling.txt" || GATLING_RC=$?
perf_stop_app

python3 - "$PHASE_SECONDS" <<'PY'
import glob, html, re, sys
phase = float(sys.argv[1])
page = open(sorted(glob.glob("target/gatling/dashboardsimulation-*/index.html"))[-1], encoding="utf-8").read()
print("\n== Summary")
for line in open("target/perf-dashboard/explain.txt", encoding="utf-8"):
    if line.startswith("-- ") or "Execution Time" in line:
        print(line.strip())
for m in re.finditer(r'<tr id="req_[^"]+"[^>]*>(.*?)</tr>', page, re.S):
    body = m.group(1)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]+)<', body).group(1))
    c = {int(n): v for n, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body)}
    if name.startswith("GET /api/v1/statistics") or name.startswith("GET /dashboard"):
        print("%s: %s ok, %s ko, %.1f req/s, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms"
              % (name, c[3], c[4], int(c[3]) / phase, c[8], c[10], c[11], c[12]))
PY
exit $GATLING_RC
