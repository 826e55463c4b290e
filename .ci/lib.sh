#!/usr/bin/env bash
# Helpers sourced by the external checks (smoke, MCP, first run).

# Prints a loopback TCP port that nothing listens on. Ports come from below Linux's ephemeral range (32768+): after
# the test suite, thousands of client sockets there sit in TIME_WAIT and make a listener's bind fail with "address
# already in use".
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && ! (exec 3<>"/dev/tcp/127.0.0.1/$((port + 1))") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# wait_healthy BASE_URL SECONDS PID: 0 once BASE_URL/health answers "healthy"; 1 when the time is up or PID has exited.
wait_healthy() {
  local base="$1" pid="$3" body
  for _ in $(seq 1 $(( $2 * 10 ))); do
    if body=$(curl -fsS "$base/health" 2>/dev/null) && [[ "$body" == *'"status":"healthy"'* ]]; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
