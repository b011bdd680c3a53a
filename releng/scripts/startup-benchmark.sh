#!/usr/bin/env bash
# Start-up benchmark: launches the built product as a new user does (an empty data folder, so it writes and
# opens the sample map) and measures the time from launching ./argmap to the first paint of the map's graph,
# which the product traces when started with -debug. Prints one BENCHMARK line. Needs a display or xvfb-run.
#   releng/scripts/startup-benchmark.sh [RUNS]
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
options=$(mktemp)
printf 'org.argmap.ui/debug=true\norg.argmap.ui/debug/firstPaint=true\n' >"$options"
wall=()
jvm=()
for run in $(seq 1 "$runs"); do
	data=$(mktemp -d)
	start=$(date +%s%N)
	if [ -n "${DISPLAY:-}" ]; then
		ARGMAP_DATA="$data" setsid ./argmap -debug "$options" >"$data/out.txt" 2>&1 &
	else
		ARGMAP_DATA="$data" setsid xvfb-run -a -s "-screen 0 1600x1000x24" ./argmap -debug "$options" >"$data/out.txt" 2>&1 &
	fi
	session=$!
	line=""
	for _ in $(seq 1 1200); do
		line=$(grep -m1 'debug/firstPaint: ' "$data/out.txt" 2>/dev/null) && break
		sleep 0.05
	done
	end=$(date +%s%N)
	kill -- -"$session" 2>/dev/null
	wait "$session" 2>/dev/null
	if [ -z "$line" ]; then
		echo "startup-benchmark: run $run: no first paint within 60 s; see $data/out.txt" >&2
		exit 1
	fi
	wall+=($(((end - start) / 1000000)))
	jvm+=($(echo "$line" | sed -E 's/.* after ([0-9]+) ms.*/\1/'))
	rm -rf "$data"
done
rm -f "$options"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "BENCHMARK startup: median $(median "${wall[@]}") ms from launching ./argmap to the sample map's first paint" \
	"($runs first starts: ${wall[*]} ms; JVM start to first paint median $(median "${jvm[@]}") ms)"
