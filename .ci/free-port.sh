#!/usr/bin/env bash
# Prints a loopback TCP port that nothing listens on (sourced helper for the smoke and MCP checks). Ports come from
# below Linux's ephemeral range (32768+): after the test suite, thousands of client sockets there sit in TIME_WAIT
# and make a listener's bind fail with "address already in use".
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
