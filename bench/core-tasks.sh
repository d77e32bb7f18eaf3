#!/usr/bin/env bash
# Benchmark: the clicks and the machine's seconds of the three core tasks in headless Chromium
# (log a contact from the worklist, create an account with a contact, resolve a complaint).
# Runs CoreTasksBench against an Arquillian-started Payara Micro on H2; figures go to
# bench/out/core-tasks.txt. Needs chromium and chromium-driver (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
mvn -B -q verify -Dit.test=CoreTasksBench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
{ date -u +%Y-%m-%d; cat target/core-tasks.txt; } | tee -a bench/out/core-tasks.txt
