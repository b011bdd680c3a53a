#!/usr/bin/env bash
# Start-up benchmark: launches the built product as a new user does (an empty data folder, so it writes and
# opens the sample map) and measures the time from launching ./argmap to the first paint of the map's graph,
# which the product traces when started with -debug. Each run starts the workbench twice, as ./argmap does and
# with the JVM's own full JIT (C2, which ./argmap leaves out), in turn so that both see the same machine. Between
# them it times the command line's start (./argmap --version: the same JVM and framework, no window), as a measure
# of how fast the machine is during the run: on a shared machine that changes by half within an hour.
# Prints BENCHMARK lines. Needs a display or xvfb-run.
#   releng/scripts/startup-benchmark.sh [RUNS]
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
# the product's own settings, whatever the caller's environment adds
unset ARGMAP_VM_OPTIONS
options=$(mktemp)
trap 'rm -f "$options"' EXIT
printf 'org.argmap.ui/debug=true\norg.argmap.ui/debug/firstPaint=true\n' >"$options"

# One first start; prints "WALL JVM" in ms, from launch and from JVM start to the first paint.
first_start() {
	local data start end line session
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
		echo "startup-benchmark: no first paint within 60 s; see $data/out.txt" >&2
		exit 1
	fi
	echo "$(((end - start) / 1000000)) $(echo "$line" | sed -E 's/.* after ([0-9]+) ms.*/\1/')"
	rm -rf "$data"
}

# One start of the command line, in ms.
cli_start() {
	local start
	start=$(date +%s%N)
	./argmap --version >/dev/null || return 1
	echo "$((($(date +%s%N) - start) / 1000000))"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The first start after a build also writes the class-data archive that later starts map (see ./argmap): once
# per installation, so it is reported on its own line, and the archive is removed first so that it is so.
# Both settings share that archive.
rm -f releng/org.argmap.product/target/products/org.argmap.product/linux/gtk/x86_64/argmap/configuration/workbench.jsa
read -r archiving _ < <(first_start) || exit 1
cli_start >/dev/null || exit 1 # writes the command line's own class-data archive
wall=() jvm=() full_wall=() cli=()
for _ in $(seq 1 "$runs"); do
	read -r w j < <(first_start) || exit 1
	wall+=("$w") jvm+=("$j")
	c=$(cli_start) || exit 1
	cli+=("$c")
	read -r w j < <(ARGMAP_VM_OPTIONS=-XX:TieredStopAtLevel=4 first_start) || exit 1
	full_wall+=("$w")
done
product=$(median "${wall[@]}")
full=$(median "${full_wall[@]}")
echo "BENCHMARK startup: median $product ms from launching ./argmap to the sample map's first paint" \
	"($runs first starts: ${wall[*]} ms; JVM start to first paint median $(median "${jvm[@]}") ms)"
echo "BENCHMARK startup: with the full JIT (C2) median $full ms ($runs first starts: ${full_wall[*]} ms);" \
	"ratio full JIT / ./argmap $(awk -v a="$full" -v b="$product" 'BEGIN {printf "%.1fx", a / b}')"
reference=$(median "${cli[@]}")
echo "BENCHMARK startup: the machine's speed in this run: ./argmap --version median $reference ms ($runs starts:" \
	"${cli[*]} ms); ratio first paint / command line $(awk -v a="$product" -v b="$reference" 'BEGIN {printf "%.1fx", a / b}')"
echo "BENCHMARK startup: the first start after a build, which also writes the class-data archive: $archiving ms"
