#!/usr/bin/env bash
# Intake throughput on PostgreSQL (issue 3, docs/PERFORMANCE.md).
#
# Creates the scratch database ducha_perf (role and database dropped and recreated), builds the jar,
# starts it with the demo district on PostgreSQL on a free loopback port, measures the Argon2id PIN
# hash cost, measures PostgreSQL's single-row insert rate with pgbench (same client count as the
# load), runs the Gatling simulation (public submission, then staff registration), stops the
# application and prints a summary. Everything stays on 127.0.0.1.
#
#   perf/run-intake.sh                      # 8 users, 60 s per scenario, pgbench 30 s
#   PERF_USERS=4 PERF_SECONDS=30 perf/run-intake.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres, pgbench,
# curl, python3 and JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${PERF_USERS:-8}
PHASE_SECONDS=${PERF_SECONDS:-60}
PGBENCH_SECONDS=${PERF_PGBENCH_SECONDS:-30}
DB=ducha_perf
OUT=target/perf
PSQL_ADMIN="psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q"
PSQL_PERF="psql -h 127.0.0.1 -p 5432 -U $DB -d $DB -v ON_ERROR_STOP=1 -q"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* 2>/dev/null | head -1)
fi
[ -x "$JAVA_HOME/bin/java" ] || { echo "JDK 25 is required (see README)"; exit 1; }
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"); load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== database $DB (dropped and recreated)"
$PSQL_ADMIN -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
$PSQL_ADMIN -d postgres -c "DROP ROLE IF EXISTS $DB"
$PSQL_ADMIN -d postgres -c "CREATE ROLE $DB LOGIN PASSWORD '$DB'"
$PSQL_ADMIN -d postgres -c "CREATE DATABASE $DB OWNER $DB"

echo "== build (perf profile: the jar, the simulations, the benchmark mains)"
rm -rf "$OUT" && mkdir -p "$OUT"
./mvnw -B -ntp -q -Pperf -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
JAR=$(ls target/ducha-*.jar | grep -v original | head -1)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE_URL="http://127.0.0.1:$PORT"
echo "== application on $BASE_URL (postgres,demo; log $OUT/app.log)"
SPRING_PROFILES_ACTIVE=postgres,demo \
DUCHA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DUCHA_DB_USER=$DB DUCHA_DB_PASSWORD=$DB \
  "$JAVA" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --ducha.data-dir="$OUT/data" \
  --ducha.reports.public.submissions=1000000 >"$OUT/app.log" 2>&1 &
APP_PID=$!
stop_app() { kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap stop_app EXIT
for _ in $(seq 1 180); do
  curl -fs "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; tail -30 "$OUT/app.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE_URL/actuator/health" | grep -q '"UP"' || { echo "no health after 180 s"; exit 1; }

echo "== Argon2id PIN hash cost (QueryCodes parameters)"
"$JAVA" -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" org.ducha.intake.PinHashCost 40 | tee "$OUT/pin.txt"

echo "== pgbench: one single-row INSERT per transaction, $USERS clients, ${PGBENCH_SECONDS}s"
$PSQL_PERF -c "CREATE TABLE perf_insert (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)"
echo "INSERT INTO perf_insert (payload) VALUES (md5(random()::text));" >"$OUT/insert.sql"
pgbench -h 127.0.0.1 -p 5432 -U $DB -n -c "$USERS" -j 2 -T "$PGBENCH_SECONDS" -f "$OUT/insert.sql" $DB | tee "$OUT/pgbench.txt"
$PSQL_PERF -c "DROP TABLE perf_insert"

echo "== Gatling: $USERS users, ${PHASE_SECONDS}s public submission, then ${PHASE_SECONDS}s staff registration"
GATLING_RC=0
./mvnw -B -ntp -Pperf gatling:test -Dgatling.simulationClass=org.ducha.perf.IntakeSimulation \
  -Dperf.baseUrl="$BASE_URL" -Dperf.users="$USERS" -Dperf.seconds="$PHASE_SECONDS" | tee "$OUT/gatling.txt" || GATLING_RC=$?
stop_app
trap - EXIT

REPORTS=$($PSQL_ADMIN -d $DB -At -c "SELECT count(*) FROM report" 2>/dev/null || echo "?")
python3 perf/intake_summary.py "$OUT" "$USERS" "$PHASE_SECONDS" "$REPORTS"
exit $GATLING_RC
