#!/usr/bin/env bash
# Times the REST API's history reads as a staff user against a running application with the demo data.
# Usage: tools/benchmarks/history-reads.sh [base-url] [user]   (default http://localhost:8080, sato; password = user id)
# Prints the HTTP status and the wall time of each.
set -euo pipefail
base=${1:-http://localhost:8080}
user=${2:-sato}
# the oldest process instance in the history (the demo's seeded ones), read as the administrator
instance=$(curl -s -u demo:demo "$base/engine-rest/history/process-instance?sortBy=startTime&sortOrder=asc&maxResults=1" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
paths=(
  "/engine-rest/history/detail?maxResults=300"
  "/engine-rest/history/detail?maxResults=10"
  "/engine-rest/history/detail?maxResults=100&processInstanceId=$instance"
  "/engine-rest/history/variable-instance?maxResults=100&processInstanceId=$instance"
)
for path in "${paths[@]}"; do
  curl -s -o /dev/null -u "$user:$user" -w "%{http_code} %{time_total}s $path\n" --max-time 300 "$base$path" \
    || echo "timeout $path"
done
