"""One row of tools/startup/benchmark.sh's table: the phases of one start, read from the application's log.

Each phase runs from the log line that ends the one before: the JVM and Spring until the database pool starts; the
schema (Liquibase's run on PostgreSQL, first to last liquibase line) and the engine's build (its own schema check or
creation on H2) until "ENGINE-00001 Process Engine created"; the auto-deployment (duplicate filtering) and the other
beans (web server, security, REST API, workers) until the directory sync starts; the directory sync (its own figure);
the rest until Spring Boot's "Started"; the demo data (the runners) until ready.
"""
import re
import sys
from datetime import datetime

log, launched, ready, database, kind = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
stamp = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d)")
lines = []
for line in open(log, encoding="utf-8", errors="replace"):
    match = stamp.match(line)
    if match:
        lines.append((datetime.fromisoformat(match.group(1)).timestamp() * 1000 - launched, line))


def first(pattern):
    return next(at for at, line in lines if re.search(pattern, line))


def last(pattern):
    return next((at for at, line in reversed(lines) if re.search(pattern, line)), None)


started_line = next(line for _, line in lines if "Started Tsunagari" in line)
started = float(re.search(r"process running for ([\d.]+)", started_line).group(1)) * 1000
directory_line = next(line for _, line in lines if "Organisation directory" in line)
directory_ms = int(re.search(r"\((\d+) ms\)", directory_line).group(1))
directory_end = first("Organisation directory")
pool = first("HikariPool-1 - Start")
liquibase_end = last(r"liquibase")
engine = first("ENGINE-00001")
row = [database, kind, started, ready - launched, pool, (liquibase_end - pool) if liquibase_end else 0,
       engine - (liquibase_end or pool), directory_end - directory_ms - engine, directory_ms, started - directory_end,
       ready - launched - started]
print("| " + " | ".join(f"{v / 1000:.1f}" if isinstance(v, (int, float)) else v for v in row) + " |", flush=True)
