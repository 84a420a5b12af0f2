#!/usr/bin/env bash
# Checks that scripts/run.sh stops promptly when interrupted during the app's first minute: starts run.sh as a terminal
# would (its own process group, SIGINT not ignored), waits until the app answers its health check (it is then loading the
# samples and scanning), optionally a few seconds more, sends SIGINT to the whole group (what Ctrl-C does), and fails
# unless run.sh has ended within the limit and nothing listens any more on the app's or the local services' ports.
# Needs what run.sh needs (dotnet, npm) and curl; uses the dev ports, so it refuses to run beside another run.sh.
#   DEADLINEBOT_PORT=17071              the app's port for this check
#   DEADLINEBOT_INTERRUPT_DELAY=0       seconds to wait after the first health answer before the interrupt
#   DEADLINEBOT_STOP_LIMIT=10           seconds run.sh may take to stop everything
set -uo pipefail
cd "$(dirname "$0")/.."
port=${DEADLINEBOT_PORT:-17071}
delay=${DEADLINEBOT_INTERRUPT_DELAY:-0}
limit=${DEADLINEBOT_STOP_LIMIT:-10}
ports=(10000 10001 10002 1025 1080 "$port")
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "${ports[@]}"; do
  if listening "$p"; then echo "check-interrupt.sh: port $p is in use (another run.sh?); not run" >&2; exit 2; fi
done

mkdir -p .local
log=.local/check-interrupt.log
set -m
DEADLINEBOT_PORT=$port scripts/run.sh >"$log" 2>&1 &
pid=$!
set +m

# The first run builds the app: allow five minutes for it to answer.
for _ in $(seq 1 1500); do
  curl -fs "http://localhost:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "check-interrupt.sh: run.sh ended before the app answered:" >&2; tail -n 20 "$log" >&2; exit 1; }
  sleep 0.2
done
sleep "$delay"

start=$(date +%s%N)
kill -INT -- "-$pid"
for _ in $(seq 1 $((limit * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
took=$(( ($(date +%s%N) - start) / 1000000 ))

failed=0
if kill -0 "$pid" 2>/dev/null; then
  echo "check-interrupt.sh: run.sh still running ${limit} s after SIGINT; stopping it" >&2
  kill -TERM -- "-$pid" 2>/dev/null
  failed=1
fi
wait "$pid" 2>/dev/null
for p in "${ports[@]}"; do
  if listening "$p"; then echo "check-interrupt.sh: port $p still in use after run.sh stopped" >&2; failed=1; fi
done
if [ "$failed" -ne 0 ]; then
  tail -n 20 "$log" >&2
  exit 1
fi
echo "check-interrupt.sh: run.sh stopped ${took} ms after SIGINT, every port freed"
