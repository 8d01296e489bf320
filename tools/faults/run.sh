#!/usr/bin/env bash
# Fault suites on a real PostgreSQL server (Debian's postgresql, a private cluster on port 55432 under target/faults):
#   bash tools/faults/run.sh            # crash, then outage
#   bash tools/faults/run.sh crash --kills 10
#   bash tools/faults/run.sh outage --outage 30
# Results: target/faults/<suite>.md (copied into docs/reliability.md by hand). The worker faults run with Maven:
#   mvn -B -ntp verify -Pfaults
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q postgresql
fi
python3 -c 'import requests' 2>/dev/null || apt-get install -y -q python3-requests
[ -f target/tsunagari-0.1.0-SNAPSHOT.jar ] || mvn -B -ntp -q -DskipTests package
if [ $# -eq 0 ]; then
  python3 tools/faults/faults.py crash && python3 tools/faults/faults.py outage
else
  python3 tools/faults/faults.py "$@"
fi
