#!/usr/bin/env bash
# Regenerates the frozen target platform releng/org.argmap.target/argmap.target from argmap.roots.target.
# First a clean full build, benchmarks included, against the roots target, where Maven follows the poms and
# their version ranges; then every artifact that the test runtimes and the product resolved in that build is
# written at its exact version into argmap.target. Run it only to move versions on purpose (edit
# argmap.roots.target first), then run the full build and review `git diff releng/org.argmap.target/`.
# Extra arguments go to Maven, for example -o to stay offline.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
./build clean verify -Pbenchmarks -Dargmap.target="$root/releng/org.argmap.target/argmap.roots.target" "$@"
python3 releng/scripts/freeze-target.py
