# What perf/run-assignments.sh, perf/run-exports.sh and perf/run-dashboard.sh share (docs/PERFORMANCE.md).
# Sourced, not run:  . perf/lib.sh; perf_init <database> <output directory>
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres, curl, python3
# and JDK 25 (found in JAVA_HOME, else under /usr/lib/jvm).

# Sets DB, OUT, PSQL_ADMIN, PSQL_PERF, TODAY (the district's date), JAVA_HOME and JAVA.
perf_init() {
  DB=$1
  OUT=$2
  PSQL_ADMIN="psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q"
  PSQL_PERF="psql -h 127.0.0.1 -p 5432 -U $DB -d $DB -v ON_ERROR_STOP=1"
  TODAY=$(TZ=Asia/Shanghai date +%F)
  if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* 2>/dev/null | head -1)
  fi
  [ -x "$JAVA_HOME/bin/java" ] || { echo "JDK 25 is required (see README)"; exit 1; }
  export JAVA_HOME
  JAVA="$JAVA_HOME/bin/java"
}

# The load average (1, 5, 15 minutes): printed before every step, since the machine is shared.
perf_load() {
  cut -d' ' -f1-3 /proc/loadavg
}

perf_machine() {
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"); load: $(perf_load)"
}

# Drops and recreates the scratch role and database $DB (owner $DB, password $DB).
perf_recreate_db() {
  echo "== database $DB (dropped and recreated)"
  $PSQL_ADMIN -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  $PSQL_ADMIN -d postgres -c "DROP ROLE IF EXISTS $DB"
  $PSQL_ADMIN -d postgres -c "CREATE ROLE $DB LOGIN PASSWORD '$DB'"
  $PSQL_ADMIN -d postgres -c "CREATE DATABASE $DB OWNER $DB"
}

# The application's database settings (exported, so the application and a benchmark main read them).
perf_db_env() {
  # the postgres profile for every JVM the script starts (the benchmarks too; the application adds demo)
  export SPRING_PROFILES_ACTIVE=postgres
  export DUCHA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DUCHA_DB_USER=$DB DUCHA_DB_PASSWORD=$DB
}

# The jar built by the perf profile's package.
perf_jar() {
  ls target/ducha-*.jar | grep -v original | head -1
}

# Sets PORT to a free loopback port and BASE_URL to the application's address on it.
perf_pick_port() {
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  BASE_URL="http://127.0.0.1:$PORT"
}

# perf_start_app <seconds to wait for health> <java arguments…>: starts the application with the
# profiles postgres,demo (log $OUT/app.log), stops it when the script exits, and waits until
# /actuator/health answers UP. Sets APP_PID.
perf_start_app() {
  local wait_seconds=$1
  shift
  SPRING_PROFILES_ACTIVE=postgres,demo "$JAVA" "$@" >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  for _ in $(seq 1 "$wait_seconds"); do
    curl -fs "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; tail -30 "$OUT/app.log"; exit 1; }
    sleep 1
  done
  curl -fs "$BASE_URL/actuator/health" | grep -q '"UP"' || { echo "no health after $wait_seconds s"; exit 1; }
}

stop_app() {
  kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

# Stops the application now (the summary is printed after it stopped).
perf_stop_app() {
  stop_app
  trap - EXIT
}

# perf_data <file.sql>…: loads generated data with psql (-v today=$TODAY), output appended to $OUT/data.txt.
perf_data() {
  local file
  for file in "$@"; do
    $PSQL_PERF -q -v today="$TODAY" -f "$file" | tee -a "$OUT/data.txt"
  done
}
