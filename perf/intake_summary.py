#!/usr/bin/env python3
"""Summary of perf/run-intake.sh: per request of the Gatling report (count, requests/s over its phase,
p50/p95/p99), the pgbench single-row insert rate, the ratio, and the PIN hash cost.

usage: intake_summary.py OUT_DIR USERS PHASE_SECONDS REPORTS_IN_DB"""
import glob
import html
import os
import re
import sys

out, users, phase, reports = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]

runs = sorted(glob.glob("target/gatling/intakesimulation-*/index.html"))
if not runs:
    sys.exit("no Gatling report under target/gatling")
page = open(runs[-1], encoding="utf-8").read()
rows = {}
for match in re.finditer(r'<tr id="req_[^"]+"[^>]*>(.*?)</tr>', page, re.S):
    body = match.group(1)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]+)<', body).group(1))
    cols = {int(n): v for n, v in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body)}
    rows[name] = cols

pgbench = open(os.path.join(out, "pgbench.txt"), encoding="utf-8").read()
tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", pgbench).group(1))
pin = dict(line.strip().split("=", 1) for line in open(os.path.join(out, "pin.txt"), encoding="utf-8") if "=" in line)

print()
print("== Summary (%d users, %d s per scenario; report %s)" % (users, phase, os.path.dirname(runs[-1])))
print("%-30s %7s %5s %9s %7s %7s %7s %9s" % ("request", "ok", "ko", "req/s", "p50 ms", "p95 ms", "p99 ms", "pgbench÷"))
for name in ("POST /api/v1/public/reports", "POST /api/v1/reports"):
    c = rows.get(name)
    if c is None:
        print("%-30s missing from the report" % name)
        continue
    ok, ko = int(c[3]), int(c[4])
    rate = ok / phase
    print("%-30s %7d %5d %9.1f %7s %7s %7s %9.1f" % (name, ok, ko, rate, c[8], c[10], c[11], tps / rate if rate else float("inf")))
print("pgbench single-row INSERT: %.0f tps with %d clients" % (tps, users))
print("ratio = pgbench tps / intake requests per second (how many plain inserts one intake costs)")
print("Argon2id PIN hash (m=19 MiB, t=2, p=1): %s ms median on one thread, %s hashes/s on %s threads"
      % (pin.get("pin_hash_ms_median"), pin.get("pin_hashes_per_second_all_cores"), pin.get("pin_hash_threads")))
print("reports in ducha_perf after the run: %s" % reports)
