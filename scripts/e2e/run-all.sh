#!/usr/bin/env bash
# Runs every end-to-end script; prints a closing "N passed, N failed" line.
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0
for script in "$dir"/*.sh; do
    case "$(basename "$script")" in lib.sh|run-all.sh) continue ;; esac
    echo "== $(basename "$script")"
    if bash "$script"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $(basename "$script")"; fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
