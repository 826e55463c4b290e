#!/usr/bin/env bash
# External check: the README's run command in an empty folder answers /health "healthy" within 10 s, having created
# ./data with the database and both keys (0600), and exits 0 on SIGTERM. Usage: smoke.sh REPO_ROOT [DATABASE_URL]
set -euo pipefail
root="$1"
database_url="${2:-}"
work=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=$(free_port)
log="$work/server.log"
trap 'kill -TERM "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

cd "$work"
export XDG_DATA_HOME="$work/xdg" # the per-user data folder, kept inside the scratch folder
if [[ -n "$database_url" ]]; then export DATABASE_URL="$database_url"; fi
PIERRE_HTTP_PORT=$port dotnet run --no-build --project "$root/src/Pierre.Server" >"$log" 2>&1 &
pid=$!

wait_healthy "http://127.0.0.1:$port" 10 "$pid" || { echo "smoke: /health not healthy within 10 s"; cat "$log"; exit 1; }

if [[ -z "$database_url" ]]; then
  for f in "$XDG_DATA_HOME"/pierre/{pierre.db,encryption.key,jwt.secret}; do
    [[ -f "$f" ]] || { echo "smoke: $f missing"; exit 1; }
  done
  for f in "$XDG_DATA_HOME"/pierre/{encryption.key,jwt.secret}; do
    [[ "$(stat -c %a "$f")" == 600 ]] || { echo "smoke: $f mode $(stat -c %a "$f"), expected 600"; exit 1; }
  done
fi

# dotnet run forwards SIGTERM to the server; the server drains and exits 0.
kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
[[ $code == 0 ]] || { echo "smoke: exit code $code after SIGTERM"; cat "$log"; exit 1; }
echo "smoke: healthy${database_url:+ on PostgreSQL}, clean shutdown"
