#!/usr/bin/env bash
# Assignments at scale on PostgreSQL (issue 4, docs/PERFORMANCE.md).
#
# Recreates the scratch database ducha_perf, builds the jar, starts it with the demo district on
# PostgreSQL on a free loopback port (Flyway creates the schema, the demo profile loads the district),
# generates 300 units and 1,000,000 open assignments with perf/assignments-data.sql, times the sweep
# inside an application context (org.ducha.assignment.SweepBenchmark: catch-up run on the previous
# working day, ANALYZE, the daily run, a second run the same day, each phase timed), measures the unit to-do
# page with Gatling (org.ducha.perf.TodoSimulation), stops the application and prints a summary.
#
#   perf/run-assignments.sh                 # 8 users, 60 s on the to-do page
#   PERF_USERS=4 PERF_SECONDS=30 perf/run-assignments.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres, curl,
# python3 and JDK 25. Takes about 5 minutes and 1.5 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${PERF_USERS:-8}
PHASE_SECONDS=${PERF_SECONDS:-60}
. perf/lib.sh
perf_init ducha_perf target/perf-assignments

perf_machine
perf_recreate_db

echo "== build (perf profile)"
rm -rf "$OUT" && mkdir -p "$OUT/perf-classes"
./mvnw -B -ntp -q -Pperf -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
JAR=$(perf_jar)
# the benchmark main runs on the application's classpath plus the perf classes only (no test classes)
(cd src/perf/java && find . -name '*.java') | while read -r source; do
  base=${source%.java}; mkdir -p "$OUT/perf-classes/$(dirname "$base")"
  cp target/test-classes/"$base".class target/test-classes/"$base"\$*.class "$OUT/perf-classes/$(dirname "$base")/" 2>/dev/null || true
done
export SPRING_PROFILES_ACTIVE=postgres
perf_db_env

perf_pick_port
echo "== application on $BASE_URL (postgres,demo; log $OUT/app.log)"
perf_start_app 180 -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --ducha.data-dir="$OUT/data"

echo "== data: 300 units, 1,000,000 open assignments (today $TODAY in the district)"
start=$(date +%s)
perf_data perf/assignments-data.sql
echo "generated in $(( $(date +%s) - start )) s"

# its own data directory: the running application holds the full-text index's write lock in $OUT/data
echo "== sweep (inside an application context; load: $(perf_load))"
"$JAVA" -cp "target/classes:$OUT/perf-classes:$(cat "$OUT/classpath.txt")" org.ducha.assignment.SweepBenchmark \
  --ducha.data-dir="$OUT/bench-data" --logging.level.root=WARN > "$OUT/sweep-full.txt" 2>&1 \
  || { echo "SweepBenchmark failed (rc $?): $OUT/sweep-full.txt"; tail -40 "$OUT/sweep-full.txt"; exit 1; }
grep -E '^(sweep|  )' "$OUT/sweep-full.txt" | tee "$OUT/sweep.txt"

echo "== to-do page: $USERS unit accounts, ${PHASE_SECONDS}s (load: $(perf_load))"
GATLING_RC=0
./mvnw -B -ntp -Pperf gatling:test -Dgatling.simulationClass=org.ducha.perf.TodoSimulation \
  -Dperf.baseUrl="$BASE_URL" -Dperf.users="$USERS" -Dperf.seconds="$PHASE_SECONDS" | tee "$OUT/gatling.txt" || GATLING_RC=$?

echo "== the to-do query of one unit (EXPLAIN ANALYZE)"
$PSQL_PERF -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM assignment WHERE unit_code = 'PU001' AND status <> 'CLOSED'
  ORDER BY due_on, id LIMIT 20" | tee "$OUT/explain-todo.txt"
perf_stop_app

python3 - "$PHASE_SECONDS" <<'PY'
import glob, html, re, sys
phase = float(sys.argv[1])
page = open(sorted(glob.glob("target/gatling/todosimulation-*/index.html"))[-1], encoding="utf-8").read()
print("\n== Summary")
print(open("target/perf-assignments/sweep.txt", encoding="utf-8").read().rstrip())
for m in re.finditer(r'<tr id="req_[^"]+"[^>]*>(.*?)</tr>', page, re.S):
    body = m.group(1)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]+)<', body).group(1))
    c = {int(n): v for n, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body)}
    if name.startswith("GET /assignments/todo"):
        print("%s: %s ok, %s ko, %.1f req/s, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms"
              % (name, c[3], c[4], int(c[3]) / phase, c[8], c[10], c[11], c[12]))
PY
exit $GATLING_RC
