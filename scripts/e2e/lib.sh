# Shared helpers for the end-to-end scripts: drive the real binary in tmux like a person.
# Each script sources this file; it runs its own tmux server (socket) and cleans up on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${PPID_BIN:-$(cd "$ROOT" && swift build --show-bin-path)/ppid-tui}
SOCKET="ppid-e2e-$$"
WORK=$(mktemp -d)
export PPID_NOW=${PPID_NOW:-2026-11-25T10:00:00+07:00}   # a Wednesday, counter open
export TERM=${TERM:-xterm-256color}
export LANG=C.UTF-8

cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

t() { tmux -L "$SOCKET" "$@"; }

# start NAME COMMAND… — a new 120×40 session running COMMAND.
start() {
    local name=$1; shift
    t new-session -d -s "$name" -x "${WIDTH:-120}" -y "${HEIGHT:-40}" "$*; sleep 600"
}

# keys NAME KEY… — type keys into a session (tmux key names: Enter Tab Escape F2 …).
keys() { local name=$1; shift; t send-keys -t "$name" "$@"; }

screen() { t capture-pane -p -t "$1"; }

# wait_for NAME TEXT [SECONDS] — until TEXT is on the screen, or fail showing the screen.
wait_for() {
    local name=$1 text=$2 limit=${3:-10} i
    for ((i = 0; i < limit * 10; i++)); do
        if screen "$name" | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    echo "FAIL: '$text' not on the screen of $name after ${limit}s:" >&2
    screen "$name" >&2
    exit 1
}

# register NAME REQUESTER — registers a walk-in request for REQUESTER through the form, as
# at the counter, and closes its receipt.
register() {
    keys "$1" n
    wait_for "$1" "Permohonan Baru"
    keys "$1" Tab Tab "$2" Tab Tab "Jl. Ahmad Yani 1" Tab Tab Tab Tab Tab "Jadwal kalibrasi" F2
    wait_for "$1" "Periksa sebelum dicatat"
    keys "$1" y
    wait_for "$1" "TANDA BUKTI PENERIMAAN"
    keys "$1" Escape
}

# line_with NAME TEXT — the first screen line holding TEXT.
line_with() { screen "$1" | grep -F -- "$2" | head -n 1; }

pass() { echo "PASS: $*"; }

fail() { echo "FAIL: $*" >&2; exit 1; }

# title NAME — the pane's title, which OSC 0/2 sequences printed in it would change.
title() { t display -p -t "$1" '#{pane_title}'; }

# set_identity DIR — the office's identity (issue 21), without which no letter or report is made.
set_identity() {
    "$BIN" init --data "$1" --office "Dinas Komunikasi dan Informatika Kabupaten Siak" --city "Siak Sri Indrapura" \
        --ppid-name "Drs. Ahmad Fauzi" --ppid-nip 197001012000031001 --parent-body "Pemerintah Kabupaten Siak" >/dev/null
}
