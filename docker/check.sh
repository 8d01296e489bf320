#!/usr/bin/env bash
# Checks the docker/ files on a machine without a Docker engine:
#   1. compose.yaml is valid, and refuses to start without the required passwords; the proxy's
#      configuration (docker/proxy.conf) passes nginx -t where nginx is installed;
#   2. the image's start command (the Dockerfile's ENTRYPOINT, verbatim) starts the application when run
#      directly: demo profile on H2 in a temporary directory, on a free port, with the settings the compose
#      engine service passes; the image's HEALTHCHECK command, also verbatim, must call it ready; then
#      SIGTERM must reach the JVM (the entrypoint execs it) and stop it.
# Usage: docker/check.sh [--no-start]      Needs: python3 with PyYAML, java and javac 17+, mvn.
#   CHECK_DATASOURCE_URL=jdbc:postgresql://host:port/db  runs the postgres profile, as compose does, against
#       that database instead of H2; it must accept POSTGRES_USER/POSTGRES_PASSWORD from .env.example.
#   MAVEN_ARGS=-o  builds offline. The jar is built (tests skipped) only if target/ has none.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly DOCKERFILE=docker/Dockerfile COMPOSE=docker/compose.yaml ENV_EXAMPLE=docker/.env.example
readonly START_TIMEOUT=${START_TIMEOUT:-300}
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# --- 1. compose file ----------------------------------------------------------------------------------
step "compose file: $COMPOSE"
python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$COMPOSE" || fail "$COMPOSE is not YAML"
echo "YAML parses"

if docker compose version >/dev/null 2>&1; then
	compose() { docker compose "$@"; }
	echo "validating with $(docker compose version)"
elif command -v docker-compose >/dev/null; then
	# Compose v1 predates the top-level "name" key: validate everything else. Same directory so that
	# relative paths (build context) resolve the same way.
	v1_file=docker/.compose-v1-check.yaml
	trap 'rm -f "$v1_file"' EXIT
	grep -v '^name:' "$COMPOSE" >"$v1_file"
	compose() { local args=() a; for a in "$@"; do args+=("${a/#$COMPOSE/$v1_file}"); done; docker-compose "${args[@]}"; }
	echo "no 'docker compose' plugin; validating with $(docker-compose version --short) (v1, without 'name')"
else
	compose() { return 0; }
	echo "SKIPPED: neither 'docker compose' nor 'docker-compose' is installed; YAML parse only"
fi
# Only the .env.example variables, not the caller's shell, decide the result.
unset POSTGRES_PASSWORD TSUNAGARI_ADMIN_PASSWORD TSUNAGARI_WORKER_PASSWORD
compose --env-file "$ENV_EXAMPLE" -f "$COMPOSE" config >/dev/null || fail "compose config with $ENV_EXAMPLE"
echo "valid with $ENV_EXAMPLE"
if command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1; then
	if compose --env-file /dev/null -f "$COMPOSE" config >/dev/null 2>&1; then
		fail "compose accepted a configuration without passwords"
	fi
	echo "refused without passwords, as intended"
fi

# the proxy's configuration, with the engine service's name (resolved only inside compose) as a local address
if command -v nginx >/dev/null; then
	proxy_check=$(mktemp -d)
	sed 's/server engine:8080/server 127.0.0.1:8080/' docker/proxy.conf >"$proxy_check/proxy.conf"
	printf 'pid %s/nginx.pid;\nerror_log stderr;\nevents {}\nhttp { access_log off; include %s/proxy.conf; }\n' \
		"$proxy_check" "$proxy_check" >"$proxy_check/nginx.conf"
	nginx -q -t -c "$proxy_check/nginx.conf" || fail "docker/proxy.conf"
	rm -rf "$proxy_check"
	echo "docker/proxy.conf: nginx -t passes"
else
	echo "SKIPPED: no nginx here to check docker/proxy.conf"
fi

[[ ${1:-} == --no-start ]] && { echo; echo "OK (start check skipped)"; exit 0; }

# --- 2. the image's start command, run directly ---------------------------------------------------------
step "image start command: $DOCKERFILE"
jars=(target/tsunagari-*.jar)
if [[ ! -f ${jars[0]} ]]; then
	echo "no jar in target/: building it"
	# shellcheck disable=SC2086 # MAVEN_ARGS holds several words on purpose
	mvn -B -q ${MAVEN_ARGS:-} -DskipTests package
	jars=(target/tsunagari-*.jar)
fi
# the Dockerfile moves this same glob, which must match exactly one file
((${#jars[@]} == 1)) || fail "target/tsunagari-*.jar matches ${#jars[@]} files: ${jars[*]}"
jar=$(realpath "${jars[0]}")
echo "jar: $jar"

work=$(mktemp -d)
app_pid=
cleanup() {
	if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" || true; fi
	rm -rf "$work" "${v1_file:-}"
}
trap cleanup EXIT

# The Dockerfile's own ENTRYPOINT and HEALTHCHECK command, with the in-image paths
# mapped onto this machine's; nothing else is changed.
read_dockerfile() {
	python3 - "$DOCKERFILE" "$1" "$jar" "$work/healthcheck" <<'PY'
import json, re, sys
dockerfile, what, jar, healthcheck = sys.argv[1:]
text = re.sub(r"\\\n", " ", open(dockerfile).read())
lines = [l.strip() for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")]
def instruction(name):
    return [l[len(name):].strip() for l in lines if l.upper().startswith(name + " ")][-1]
if what == "entrypoint":
    args = json.loads(instruction("ENTRYPOINT"))
elif what == "healthcheck":
    args = json.loads(instruction("HEALTHCHECK").split(" CMD ", 1)[1])
args = [a.replace("/app/tsunagari.jar", jar).replace("/app/healthcheck", healthcheck) for a in args]
sys.stdout.write("\0".join(args) + "\0")
PY
}
mapfile -d '' entrypoint < <(read_dockerfile entrypoint)
mapfile -d '' healthcheck < <(read_dockerfile healthcheck)
javac --release 17 -d "$work/healthcheck" docker/HealthCheck.java

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mail_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "entrypoint: ${entrypoint[*]}"
echo "healthcheck: ${healthcheck[*]}"

# First the failing side: with nothing on the port the health check must say unhealthy.
if PORT=$port "${healthcheck[@]}" >"$work/health.out" 2>&1; then fail "health check passed with nothing running"; fi
echo "health check with nothing running: exit 1, $(cat "$work/health.out")"

# The environment compose gives the engine service, interpolated with .env.example as compose would.
compose_environment() {
	python3 - "$COMPOSE" "$ENV_EXAMPLE" "$1" <<'PY'
import re, sys, yaml
compose, env_file, service = sys.argv[1:]
dotenv = {}
for line in open(env_file):
    line = line.strip()
    if line and not line.startswith("#"):
        key, value = line.split("=", 1)
        dotenv[key.strip()] = value.strip().strip("'\"")
def interpolate(text):
    def one(m):
        if m.group(0) == "$$":
            return "$"
        name, op, arg = m.group(1), m.group(2) or "", m.group(3) or ""
        value = dotenv.get(name)
        if op in (":-", ":?") and not value or op in ("-", "?") and value is None:
            if op.endswith("?"):
                sys.exit(f"{name}: {arg}")
            return interpolate(arg) if op else ""
        return value or ""
    return re.sub(r"\$\$|\$\{(\w+)(?:(:?[-?])((?:[^{}]|\{[^{}]*\})*))?\}", one, str(text))
environment = yaml.safe_load(open(compose))["services"][service]["environment"]
sys.stdout.write("".join(f"{k}={interpolate(v)}\0" for k, v in environment.items()))
PY
}
mapfile -d '' engine_env < <(compose_environment engine)
((${#engine_env[@]} > 0)) || fail "no environment for the engine service in $COMPOSE"

# Only what cannot be the same outside compose is changed: ports, and the host names of the other
# services. Without CHECK_DATASOURCE_URL the demo profile runs on H2 (./data in the temporary directory,
# as /app/data in the image); with it, the postgres profile against that database, exactly as in compose.
# The heap cap only spares a shared machine.
overrides=(
	PORT="$port"
	SPRING_MAIL_HOST=localhost
	SPRING_MAIL_PORT="$mail_port"
)
if [[ -n ${CHECK_DATASOURCE_URL:-} ]]; then
	overrides+=(SPRING_DATASOURCE_URL="$CHECK_DATASOURCE_URL")
	echo "profile postgres, database $CHECK_DATASOURCE_URL"
else
	mapfile -d '' engine_env < <(printf '%s\0' "${engine_env[@]}" | grep -zv -e '^SPRING_PROFILES_ACTIVE=' -e '^SPRING_DATASOURCE_')
	echo "demo profile on H2 (set CHECK_DATASOURCE_URL=jdbc:postgresql://... for the postgres profile)"
fi
for var in "${engine_env[@]}"; do [[ $var == JAVA_OPTS=* ]] && overrides+=("$var -Xmx1g"); done

# env -i: like the container, the application sees only what compose sets (not this shell's variables)
mkdir -p "$work/app"
(
	cd "$work/app"
	exec env -i PATH="$PATH" HOME="$work/app" LANG=C.UTF-8 "${engine_env[@]}" "${overrides[@]}" "${entrypoint[@]}"
) >"$work/app.log" 2>&1 &
app_pid=$!

echo "waiting up to ${START_TIMEOUT}s for the health check on port $port (log: $work/app.log)"
started=$SECONDS
until (PORT=$port "${healthcheck[@]}" >"$work/health.out" 2>&1); do
	if ! kill -0 "$app_pid" 2>/dev/null; then
		tail -n 60 "$work/app.log"; fail "the application exited during start-up"
	fi
	if ((SECONDS - started > START_TIMEOUT)); then
		tail -n 60 "$work/app.log"; fail "not ready after ${START_TIMEOUT}s: $(cat "$work/health.out")"
	fi
	sleep 3
done
echo "ready after $((SECONDS - started))s: $(cat "$work/health.out")"
PORT=$port "${healthcheck[@]}" /actuator/health/liveness >/dev/null || fail "liveness"
echo "liveness UP too"

# exec in the entrypoint means the process we started is the JVM itself, so docker stop's SIGTERM reaches it
[[ $(ps -o comm= -p "$app_pid") == java ]] || fail "PID $app_pid is $(ps -o comm= -p "$app_pid"), not java: the entrypoint does not exec"
kill -TERM "$app_pid"
for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
kill -0 "$app_pid" 2>/dev/null && fail "still running 60s after SIGTERM"
wait "$app_pid" || true
app_pid=
echo "stopped on SIGTERM"

echo
echo "OK"
