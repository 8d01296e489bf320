#!/usr/bin/env bash
# Start-up time of the application, cold (empty database) and restarted (nothing changed), on H2 and on PostgreSQL:
# time to "Started" (Spring Boot's "process running for") and to ready (/actuator/health/readiness UP, which in the
# demo profile follows the demo data), with the breakdown read from the log (tools/startup/phases.py).
# Usage: tools/startup/benchmark.sh [h2] [postgres]       (default: both)
#   Needs java 17+, curl, python3; for postgres Debian's PostgreSQL server (initdb, pg_ctl: PG_BIN, default
#   /usr/lib/postgresql/15/bin), run as a throw-away cluster on a free port. The jar is built (tests skipped) only
#   if target/ has none: rebuild it after changing the code. Both runs use the demo profile (the same directory and
#   demo data); on PostgreSQL with the postgres profile too (Liquibase schema). Logs stay in the printed directory.
#   SEED_DEMO_HISTORY=false leaves out the back-dated demo history (first start only; minutes on a busy machine).
set -euo pipefail

cd "$(dirname "$0")/../.."
readonly PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} START_TIMEOUT=${START_TIMEOUT:-900}
jars=(target/tsunagari-*.jar)
[[ -f ${jars[0]} ]] || { mvn -B -q -ntp ${MAVEN_ARGS:-} -DskipTests package; jars=(target/tsunagari-*.jar); }
jar=$(realpath "${jars[0]}")
work=$(mktemp -d /tmp/startup-benchmark.XXXX)
chmod 755 "$work"
app_pid= pg_data=
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
	if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" || true; fi
	if [[ -n $pg_data ]]; then as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -m fast stop >/dev/null || true; fi
}
trap cleanup EXIT
echo "jar: $jar; logs: $work; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| database | start | to Started (s) | to ready (s) | JVM, Spring until the pool (s) | Liquibase (s) | engine build, schema check (s) | deployment, web, REST, workers (s) | directory sync (s) | rest until Started (s) | demo data (s) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

# one start: launch, wait for readiness, stop with SIGTERM as docker stop does; prints the table row
run() {
	local database=$1 kind=$2 log=$work/$1-$2.log port launched ready
	port=$(free_port)
	launched=$(date +%s%3N)
	(cd "$work/$database-app" && exec env PORT="$port" TSUNAGARI_ANALYTICS_SEED_DEMO_HISTORY="${SEED_DEMO_HISTORY:-true}" \
		"${app_env[@]}" java -jar "$jar") >"$log" 2>&1 &
	app_pid=$!
	until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$log"; echo "the application exited" >&2; exit 1; }
		(($(date +%s%3N) - launched < START_TIMEOUT * 1000)) || { echo "not ready after ${START_TIMEOUT}s" >&2; exit 1; }
		sleep 0.2
	done
	ready=$(date +%s%3N)
	kill -TERM "$app_pid"; wait "$app_pid" || true; app_pid=
	python3 tools/startup/phases.py "$log" "$launched" "$ready" "$database" "$kind"
}

databases=("$@")
((${#databases[@]})) || databases=(h2 postgres)
for database in "${databases[@]}"; do
	mkdir -p "$work/$database-app"
	if [[ $database == postgres ]]; then
		pg_data=$work/pg/data pg_port=$(free_port)
		mkdir -p "$work/pg" && chown "$(as_postgres id -u)" "$work/pg"
		as_postgres "$PG_BIN/initdb" -A trust -U postgres -D "$pg_data" >/dev/null
		as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -o "-p $pg_port -k $work/pg" -l "$work/pg/postgres.log" -w start >/dev/null
		as_postgres "$PG_BIN/psql" -h "$work/pg" -p "$pg_port" -U postgres -qc "create database tsunagari"
		app_env=(SPRING_PROFILES_ACTIVE=postgres,demo SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/tsunagari"
			SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused)
	else
		app_env=(SPRING_PROFILES_ACTIVE=demo)
	fi
	run "$database" cold
	run "$database" restart
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
