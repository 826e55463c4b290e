#!/usr/bin/env bash
# External check: the load driver (bench/Pierre.LoadDriver) in --smoke mode (2 s per scenario, 4 connections) on the
# Debug build that `dotnet build` just made, SQLite in a scratch folder: every scenario — MCP over /mcp and over TCP,
# /health, the bare ASP.NET Core and MCP SDK ceilings — answers the expected result with no error. It asserts no
# timing: the figures depend on the machine. Usage: loaddriver.sh REPO_ROOT
set -euo pipefail
root="$1"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cd "$root"
dotnet run --no-build --project bench/Pierre.LoadDriver -- --smoke --built Debug | tee "$out"
rows=$(grep -cE '^\| \([a-e]\) ' "$out" || true)
[[ $rows == 5 ]] || { echo "loaddriver: $rows scenario rows, expected 5"; exit 1; }
echo "loaddriver: five scenarios, no errors"
