#!/usr/bin/env bash
# Starts the built product as a new user does (an empty data folder) and checks that it writes and opens
# the sample map without logging an error, a warning (such as a missing theme) or a key binding conflict. Used by .ci/run; needs a display or
# xvfb-run.
set -uo pipefail
cd "$(dirname "$0")/../.."

data=$(mktemp -d)
sample="$data/workspace/sample/ai-progress-wall.argmap"
log="$data/workspace/.metadata/.log"
if [ -n "${DISPLAY:-}" ]; then
	ARGMAP_DATA="$data" setsid ./argmap >"$data/console.txt" 2>&1 &
else
	ARGMAP_DATA="$data" setsid xvfb-run -a -s "-screen 0 1600x1000x24" ./argmap >"$data/console.txt" 2>&1 &
fi
session=$!
for _ in $(seq 1 120); do
	[ -f "$sample" ] && break
	sleep 1
done
sleep 15 # let the editor open, load the texts and paint
kill -- -"$session" 2>/dev/null
wait "$session" 2>/dev/null

status=0
if [ ! -f "$sample" ]; then
	echo "first start: no sample map at $sample" >&2
	status=1
fi
if [ -f "$log" ] && grep -q -E '^!ENTRY [^ ]+ [24] |Keybinding conflicts' "$log"; then
	echo "first start: the workbench log has errors, warnings or key binding conflicts:" >&2
	grep -A4 -E '^!ENTRY [^ ]+ [24] |Keybinding conflicts' "$log" | head -40 >&2
	status=1
fi
[ "$status" -eq 0 ] && echo "first start: the sample map was written and opened, nothing logged"
rm -rf "$data"
exit "$status"
