#!/usr/bin/env python3
"""Fault suites on a real PostgreSQL server (Debian's postgresql): crash and database outage under load.

Usage (from the repository root, after `mvn -DskipTests package`; tools/faults/run.sh does both):
  python3 tools/faults/faults.py crash  [--kills 10] [--surveys 12] [--threads 4]
  python3 tools/faults/faults.py outage [--outage 30] [--surveys 8] [--threads 4]

The load: survey-rollout instances driven end to end through the application's own interfaces, each with process
starts and task completions (REST API), a recipient import (staff page), the invitation worker preparing letters
(external task), public answers (public page), counts (asynchronous jobs), the deadline timer (due date set to now
through the REST API, fired by the job executor) and the asynchronous tabulation. Every operation the server
acknowledged is recorded; a client retries what was not acknowledged, as a person would. At the end every survey
is checked in the database: each acknowledged operation exactly once, nothing half-written, nothing stuck.
Results go to target/faults/<suite>.md.
"""
import argparse
import datetime
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid

import requests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.environ.get("FAULTS_WORK", os.path.join(ROOT, "target", "faults"))
PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1] if glob.glob("/usr/lib/postgresql/*/bin") else ""
PG_DATA = os.path.join(WORK, "pgdata")
PG_PORT = int(os.environ.get("FAULTS_PG_PORT", "55432"))
APP_PORT = int(os.environ.get("FAULTS_APP_PORT", "18080"))
BASE = f"http://127.0.0.1:{APP_PORT}"
REST = BASE + "/engine-rest"
ADMIN = ("admin", "Kanri-Pass-2026!")
STAFF = ("sato", "sato")
RECIPIENTS = 5
# a first start on an empty database runs Camunda's Liquibase changelog: minutes on a loaded machine
STARTUP_LIMIT = int(os.environ.get("FAULTS_STARTUP_LIMIT", "1800"))
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
LINK = re.compile(r"/public/survey/([A-Za-z0-9_-]{43})")
ANSWERS = {"q1": "NPO法人", "q2": "青葉区", "q3": "10年以上", "q4": "5人未満", "q5": "相談支援", "q6": "高齢者",
           "q7": "している", "q8": "よくある", "q9": "心の健康", "q13": "官民連携の取組の推進", "q15": "interested",
           "q16": "yes"}
ANSWER_ROWS = len(ANSWERS)


def log(message):
    print(f"{datetime.datetime.now():%H:%M:%S} {message}", flush=True)


# ---------------------------------------------------------------- PostgreSQL (a private cluster, own port)

def as_postgres(*command):
    return subprocess.run(["runuser", "-u", "postgres", "--", *command], capture_output=True, text=True)


def pg_init(reuse=False):
    if reuse and os.path.exists(os.path.join(PG_DATA, "PG_VERSION")):
        if as_postgres(f"{PG_BIN}/pg_ctl", "-D", PG_DATA, "status").returncode != 0:
            pg_start()
        return
    if os.path.exists(PG_DATA):
        shutil.rmtree(PG_DATA)
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(PG_DATA)
    shutil.chown(PG_DATA, "postgres", "postgres")
    result = as_postgres(f"{PG_BIN}/initdb", "-D", PG_DATA, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8")
    if result.returncode != 0:
        sys.exit(result.stderr)
    pg_start()
    psql("CREATE USER tsunagari PASSWORD 'faults'", db="postgres")
    psql("CREATE DATABASE tsunagari OWNER tsunagari", db="postgres")


def pg_start():
    result = as_postgres(f"{PG_BIN}/pg_ctl", "-D", PG_DATA, "-l", os.path.join(PG_DATA, "server.log"), "-w", "-o",
                         f"-p {PG_PORT} -k /tmp -c listen_addresses=127.0.0.1", "start")
    if result.returncode != 0:
        sys.exit(result.stdout + result.stderr)


def pg_stop():
    as_postgres(f"{PG_BIN}/pg_ctl", "-D", PG_DATA, "-m", "fast", "-w", "stop")


def psql(sql, db="tsunagari"):
    result = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", db, "-At", "-F",
                             "|", "-c", sql], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return [line.split("|") for line in result.stdout.splitlines() if line]


# ---------------------------------------------------------------- the application (java -jar)

class App:
    def __init__(self):
        self.process = None
        self.starts = []

    def start(self):
        jar = os.environ.get("FAULTS_JAR", os.path.join(ROOT, "target", "tsunagari-0.1.0-SNAPSHOT.jar"))
        env = dict(os.environ, SPRING_PROFILES_ACTIVE="postgres", TSUNAGARI_ADMIN_USERNAME=ADMIN[0],
                   TSUNAGARI_ADMIN_PASSWORD=ADMIN[1], TSUNAGARI_WORKER_USERNAME="worker",
                   TSUNAGARI_WORKER_PASSWORD="Gaibu-Task-2026!",
                   TSUNAGARI_SURVEY_LINK_SECRET="fault-suite-link-secret-0123456789abcdef",
                   TSUNAGARI_DIRECTORY_FILE="classpath:directory/demo-municipality.yaml")
        args = ["java", "-Xmx768m", "-jar", jar, f"--server.port={APP_PORT}",
                f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:{PG_PORT}/tsunagari",
                "--spring.datasource.username=tsunagari", "--spring.datasource.password=faults",
                "--tsunagari.directory.accept-file-passwords=true",
                "--camunda.bpm.generic-properties.properties.enable-password-policy=false",
                "--tsunagari.public-pages.rate-limit-per-minute=100000"]
        out = open(os.path.join(WORK, "app.log"), "a")
        began = time.time()
        self.process = subprocess.Popen(args, cwd=WORK, env=env, stdout=out, stderr=subprocess.STDOUT)
        while time.time() - began < STARTUP_LIMIT:
            if self.process.poll() is not None:
                sys.exit(f"the application exited ({self.process.returncode}); see {WORK}/app.log")
            try:
                if requests.get(BASE + "/actuator/health/readiness", timeout=5).status_code == 200:
                    self.starts.append(time.time() - began)
                    log(f"application ready in {time.time() - began:.0f} s")
                    return
            except requests.RequestException:
                pass
            time.sleep(1)
        self.process.kill()
        sys.exit(f"the application did not become ready within {STARTUP_LIMIT} s")

    def kill(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(60)


# ---------------------------------------------------------------- one survey, end to end, as clients would

class Survey:
    """Drives one survey; records each acknowledged operation. Every step retries until acknowledged or done."""

    def __init__(self, stop):
        self.title = "障害試験 " + uuid.uuid4().hex[:12]
        self.id = None
        self.acked = {"start": 0, "tasks": 0, "answers": 0, "duplicate_answer_refusals": 0}
        self.errors = {}
        self.stop = stop

    def error(self, what):
        self.errors[what] = self.errors.get(what, 0) + 1
        time.sleep(1)

    def run(self):
        self.start()
        if not self.id:
            return
        self.complete("Task_DraftSurveyPlan", {
            "surveyTitle": {"value": self.title}, "surveyPurpose": {"value": "障害試験"},
            "targetPopulation": {"value": "市内の支援団体"}, "surveyMethod": {"value": "mail-email-web"},
            "questionnaireId": {"value": "support-organisations"},
            "responseDeadline": {"value": (datetime.date.today() + datetime.timedelta(days=30)).isoformat()},
            "preHearingPlanned": {"value": False}, "surveyExecution": {"value": "DIRECT"},
            "inquiryGroups": {"value": "[]", "type": "Json"}})
        self.import_recipients()
        self.complete("Task_ImportRecipients", {"recipientListReady": {"value": True}})
        self.complete("Task_ApproveSurvey", {"surveyApproved": {"value": True}})
        tokens = self.letters()
        for token in tokens:
            self.answer(token)
        self.fire_deadline()
        self.complete("Task_ReviewResults", {"publicationDate": {"value": datetime.date.today().isoformat()},
                                             "resultsComment": {"value": "障害試験"}})

    def start(self):
        while not self.stop.is_set():
            try:
                r = requests.post(REST + "/process-definition/key/survey-rollout/start", auth=ADMIN, timeout=30,
                                  json={"variables": {"surveyTitle": {"value": self.title}}})
                if r.status_code == 200:
                    self.id = r.json()["id"]
                    self.acked["start"] += 1
                    return
                self.error(f"start {r.status_code}")
            except requests.RequestException:
                self.error("start: no answer")
            # not acknowledged: did it happen anyway? (a client would look before starting again)
            found = self.instance_by_title()
            if found:
                self.id = found
                return

    def instance_by_title(self):
        try:
            r = requests.get(REST + "/history/process-instance", auth=ADMIN, timeout=30,
                             params={"processInstanceBusinessKey": self.title})
            return r.json()[0]["id"] if r.status_code == 200 and r.json() else None
        except requests.RequestException:
            return None

    def wait_task(self, key, seconds=600):
        began = time.time()
        while time.time() - began < seconds and not self.stop.is_set():
            try:
                r = requests.get(REST + "/task", auth=ADMIN, timeout=30,
                                 params={"processInstanceId": self.id, "taskDefinitionKey": key})
                if r.status_code == 200 and r.json():
                    return r.json()[0]["id"]
                if r.status_code == 200 and self.task_done(key):
                    return None
            except requests.RequestException:
                pass
            time.sleep(1)
        self.errors[f"{key} never came"] = 1
        return None

    def task_done(self, key):
        r = requests.get(REST + "/history/task", auth=ADMIN, timeout=30,
                         params={"processInstanceId": self.id, "taskDefinitionKey": key, "finished": "true"})
        return r.status_code == 200 and bool(r.json())

    def complete(self, key, variables):
        while not self.stop.is_set():
            task = self.wait_task(key)
            if task is None:
                return
            try:
                r = requests.post(f"{REST}/task/{task}/submit-form", auth=ADMIN, timeout=30,
                                  json={"variables": variables})
                if r.status_code in (200, 204):
                    self.acked["tasks"] += 1
                    return
                self.error(f"{key} {r.status_code}")
            except requests.RequestException:
                self.error(f"{key}: no answer")

    def staff_form(self, session, path):
        page = session.get(BASE + path, auth=STAFF, timeout=30)
        match = CSRF.search(page.text)
        return match.group(1) if page.status_code == 200 and match else None

    def import_recipients(self):
        csv = "団体名,担当者,メールアドレス,住所\r\n" + "".join(
            f"障害試験団体{i}-{self.title[-4:]},担当{i},,仙台市青葉区{i}-1\r\n" for i in range(RECIPIENTS))
        while not self.stop.is_set():
            try:
                session = requests.Session()
                csrf = self.staff_form(session, f"/survey/{self.id}/recipients")
                if csrf:
                    r = session.post(f"{BASE}/survey/{self.id}/recipients/import", auth=STAFF, timeout=30,
                                     data={"_csrf": csrf},
                                     files={"file": ("recipients.csv", csv.encode("cp932"), "text/csv")})
                    if r.status_code == 200:
                        self.acked["tasks"] += 0  # the import is checked by its rows (duplicates merge)
                        return
                    self.error(f"import {r.status_code}")
                else:
                    self.error("import page")
            except requests.RequestException:
                self.error("import: no answer")

    def letters(self):
        began = time.time()
        while time.time() - began < 600 and not self.stop.is_set():
            try:
                page = requests.get(f"{BASE}/survey/{self.id}/letters", auth=STAFF, timeout=30)
                tokens = sorted(set(LINK.findall(page.text))) if page.status_code == 200 else []
                if len(tokens) == RECIPIENTS:
                    return tokens
            except requests.RequestException:
                pass
            time.sleep(2)
        self.errors["letters never came"] = 1
        return []

    def answer(self, token):
        url = f"{BASE}/public/survey/{token}"
        while not self.stop.is_set():
            try:
                session = requests.Session()
                page = session.get(url, timeout=30)
                if page.status_code == 409:
                    # answered by an earlier attempt whose acknowledgement was lost: stored once, as it must be
                    return
                match = CSRF.search(page.text)
                if page.status_code != 200 or not match:
                    self.error(f"answer page {page.status_code}")
                    continue
                r = session.post(url, data=dict(ANSWERS, _csrf=match.group(1)), timeout=30)
                if r.status_code == 200:
                    self.acked["answers"] += 1
                    return
                if r.status_code == 409:
                    self.acked["duplicate_answer_refusals"] += 1
                    return
                self.error(f"answer {r.status_code}")
            except requests.RequestException:
                self.error("answer: no answer")

    def fire_deadline(self):
        """The response deadline comes now: its timer job's due date is set to now; the job executor fires it."""
        while not self.stop.is_set():
            try:
                r = requests.get(REST + "/job", auth=ADMIN, timeout=30,
                                 params={"processInstanceId": self.id, "activityId": "Event_ResponseDeadline"})
                if r.status_code == 200 and not r.json():
                    return  # fired (or firing)
                if r.status_code == 200:
                    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S.000%z")
                    s = requests.put(f"{REST}/job/{r.json()[0]['id']}/duedate", auth=ADMIN, timeout=30,
                                     json={"duedate": now})
                    if s.status_code == 204:
                        return
                self.error(f"deadline {r.status_code}")
            except requests.RequestException:
                self.error("deadline: no answer")


# ---------------------------------------------------------------- checks in the database

def check(surveys):
    """Every survey: one instance, each task completed once, recipients once, answers once, counted, ended."""
    problems = []
    for s in surveys:
        if not s.id:
            continue
        instances = psql(f"SELECT ID_, END_TIME_ IS NOT NULL FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = '{s.title}'")
        if len(instances) != 1:
            problems.append(f"{s.title}: {len(instances)} process instances")
            continue
        if instances[0][1] != "t":
            problems.append(f"{s.title}: not ended")
        tasks = psql("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = "
                     f"'{s.id}' AND DELETE_REASON_ = 'completed' GROUP BY TASK_DEF_KEY_")
        for key, count in tasks:
            if count != "1":
                problems.append(f"{s.title}: {key} completed {count} times")
        if len(tasks) != 4:
            problems.append(f"{s.title}: {len(tasks)} of 4 tasks completed")
        recipients = psql("SELECT COUNT(*), COUNT(RESPONDED_AT) FROM TSG_SURVEY_RECIPIENT WHERE SURVEY_ID = "
                          f"'{s.id}'")[0]
        if recipients != [str(RECIPIENTS), str(RECIPIENTS)]:
            problems.append(f"{s.title}: recipients/responded {recipients}")
        answers = psql("SELECT a.RECIPIENT_ID, COUNT(*) FROM TSG_SURVEY_ANSWER a JOIN TSG_SURVEY_RECIPIENT r ON "
                       f"r.ID = a.RECIPIENT_ID WHERE r.SURVEY_ID = '{s.id}' GROUP BY a.RECIPIENT_ID")
        if len(answers) != RECIPIENTS or any(int(count) != ANSWER_ROWS for _, count in answers):
            problems.append(f"{s.title}: answer rows {answers}")
        letters = psql(f"SELECT COUNT(*) FROM TSG_SURVEY_DELIVERY d JOIN TSG_SURVEY_RECIPIENT r ON r.ID = "
                       f"d.RECIPIENT_ID WHERE r.SURVEY_ID = '{s.id}'")[0][0]
        if letters != str(RECIPIENTS):
            problems.append(f"{s.title}: {letters} letters recorded")
        counted = psql("SELECT LONG_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = "
                       f"'{s.id}' AND NAME_ = 'responseCount'")
        if counted != [[str(RECIPIENTS)]]:
            problems.append(f"{s.title}: responseCount {counted}")
        if s.errors.get("letters never came") or any("never came" in e for e in s.errors):
            problems.append(f"{s.title}: stuck ({[e for e in s.errors if 'never' in e]})")
    stuck = psql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'survey-rollout' AND DUEDATE_ IS NULL "
                 "OR (PROCESS_DEF_KEY_ = 'survey-rollout' AND DUEDATE_ < now())")[0][0]
    incidents = psql("SELECT COUNT(*) FROM ACT_RU_INCIDENT")[0][0]
    if stuck != "0":
        problems.append(f"{stuck} survey jobs still due")
    if incidents != "0":
        problems.append(f"{incidents} incidents: {psql('SELECT INCIDENT_MSG_ FROM ACT_RU_INCIDENT')}")
    return problems


def run_load(surveys_wanted, threads, stop, surveys):
    lock = threading.Lock()
    remaining = [surveys_wanted]

    def worker():
        while not stop.is_set():
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            survey = Survey(stop)
            with lock:
                surveys.append(survey)
            survey.run()

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    return pool


def report(name, lines):
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, f"{name}.md"), "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def summary(surveys):
    acked = {k: sum(s.acked[k] for s in surveys) for k in surveys[0].acked} if surveys else {}
    errors = {}
    for s in surveys:
        for k, v in s.errors.items():
            key = re.sub(r"Task_\w+", "task", k)
            errors[key] = errors.get(key, 0) + v
    return acked, errors


# ---------------------------------------------------------------- suites

def begin(args):
    """A fresh (or reused) database, the application ready, the load running."""
    pg_init(args.reuse)
    app = App()
    app.start()
    stop = threading.Event()
    surveys = []
    return app, stop, surveys, run_load(args.surveys, args.threads, stop, surveys)


def settle(pool, stop, surveys):
    """Lets every survey finish, then checks the database."""
    for thread in pool:
        thread.join(1800)
    stop.set()
    time.sleep(5)
    return (check(surveys),) + summary(surveys)


def crash(args):
    began = time.time()
    app, stop, surveys, pool = begin(args)
    kills = 0
    while kills < args.kills and any(t.is_alive() for t in pool):
        time.sleep(args.interval)
        app.kill()
        kills += 1
        log(f"kill -9 #{kills}")
        app.start()
    problems, acked, errors = settle(pool, stop, surveys)
    report("crash", [f"# crash suite {datetime.datetime.now():%Y-%m-%d %H:%M}",
                     f"- kill -9 and restart: {kills} times, every {args.interval} s, under {args.threads} clients",
                     f"- surveys driven end to end: {len(surveys)}; wall time {time.time() - began:.0f} s",
                     f"- restarts to ready: {', '.join(f'{s:.0f} s' for s in app.starts)}",
                     f"- acknowledged: {acked}",
                     f"- client-side failures retried (no answer / status): {errors}",
                     f"- problems found by the checks: {problems or 'none'}"])
    app.stop()
    pg_stop()
    return 1 if problems else 0


def outage(args):
    app, stop, surveys, pool = begin(args)
    time.sleep(20)
    token = None
    for s in surveys:
        try:
            page = requests.get(f"{BASE}/survey/{s.id}/letters", auth=STAFF, timeout=30)
            found = LINK.findall(page.text)
            if found:
                token = found[0]
                break
        except requests.RequestException:
            pass
    probes = {"readiness": lambda: requests.get(BASE + "/actuator/health/readiness", timeout=60),
              "public page": lambda: requests.get(f"{BASE}/public/survey/{token or 'x' * 43}", timeout=60),
              "staff page": lambda: requests.get(BASE + "/progress", auth=STAFF, timeout=60),
              "REST API": lambda: requests.get(REST + "/task", auth=ADMIN, timeout=60)}
    seen = {name: [] for name in probes}
    log("stopping PostgreSQL")
    down_at = time.time()
    pg_stop()
    while time.time() - down_at < args.outage:
        for name, probe in probes.items():
            t = time.time()
            try:
                r = probe()
                seen[name].append((r.status_code, time.time() - t, "ただいまご利用いただけません" in r.text))
            except requests.RequestException as ex:
                seen[name].append((type(ex).__name__, time.time() - t, False))
        time.sleep(1)
    log("starting PostgreSQL")
    pg_start()
    up_at = time.time()
    ready_after = None
    while time.time() - up_at < 300:
        try:
            if requests.get(BASE + "/actuator/health/readiness", timeout=10).status_code == 200:
                ready_after = time.time() - up_at
                break
        except requests.RequestException:
            pass
        time.sleep(0.5)
    problems, acked, errors = settle(pool, stop, surveys)
    lines = [f"# database outage suite {datetime.datetime.now():%Y-%m-%d %H:%M}",
             f"- PostgreSQL stopped (pg_ctl stop -m fast) for {args.outage} s under {args.threads} clients, "
             f"{len(surveys)} surveys driven end to end; the application was not restarted"]
    for name, results in seen.items():
        statuses = {}
        for status, _, _ in results:
            statuses[status] = statuses.get(status, 0) + 1
        slowest = max((latency for _, latency, _ in results), default=0)
        japanese = sum(1 for _, _, ja in results if ja)
        lines.append(f"- during the outage, {name}: statuses {statuses}, slowest {slowest:.1f} s"
                     + (f", Japanese 503 page {japanese}/{len(results)}" if name in ("public page", "staff page") else ""))
    lines += [f"- readiness UP again {ready_after:.1f} s after PostgreSQL was started" if ready_after is not None
              else "- readiness did not come back within 5 minutes",
              f"- acknowledged: {acked}", f"- client-side failures retried (no answer / status): {errors}",
              f"- problems found by the checks: {problems or 'none'}"]
    report("outage", lines)
    app.stop()
    pg_stop()
    return 1 if problems or ready_after is None else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("suite", choices=["crash", "outage"])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--interval", type=int, default=25, help="seconds of load between two kills")
    parser.add_argument("--surveys", type=int, default=12)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--outage", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the database of the last run (schema created)")
    args = parser.parse_args()
    sys.exit(crash(args) if args.suite == "crash" else outage(args))


if __name__ == "__main__":
    main()
