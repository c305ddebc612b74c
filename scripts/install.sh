#!/usr/bin/env bash
# Installs ppid-tui for daily use: a release build under PREFIX/lib/ppid-tui (the program and
# its bundled holiday table) and a small launcher in PREFIX/bin. PREFIX defaults to /usr/local.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}

swift build -c release --product ppid-tui
bin=$(swift build -c release --show-bin-path)

install -d "$PREFIX/lib/ppid-tui" "$PREFIX/bin"
install -m 755 "$bin/ppid-tui" "$PREFIX/lib/ppid-tui/ppid-tui"
for bundle in "$bin"/*.resources; do
    rm -rf "$PREFIX/lib/ppid-tui/$(basename "$bundle")"
    cp -R "$bundle" "$PREFIX/lib/ppid-tui/"
done
cat > "$PREFIX/bin/ppid-tui" <<LAUNCHER
#!/bin/sh
exec "$PREFIX/lib/ppid-tui/ppid-tui" "\$@"
LAUNCHER
chmod 755 "$PREFIX/bin/ppid-tui"
echo "ppid-tui installed: $PREFIX/bin/ppid-tui"
