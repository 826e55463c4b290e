#!/usr/bin/env bash
# Reads `dotnet test` output (Microsoft.Testing.Platform) and prints "passed failed skipped", summed over every
# "Test run summary" block. dotnet test does not print the plain "N passed, N failed" line CI looks for.
set -euo pipefail
awk '
  /Test run summary/ { in_block = 1; next }
  in_block && /^[[:space:]]*succeeded:/ { passed += $2 }
  in_block && /^[[:space:]]*failed:/    { failed += $2 }
  in_block && /^[[:space:]]*skipped:/   { skipped += $2 }
  in_block && /^[[:space:]]*duration:/  { in_block = 0 }
  END { printf "%d %d %d\n", passed, failed, skipped }
' "$1"
