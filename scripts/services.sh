#!/usr/bin/env bash
# Installs (npm ci) and starts the local stand-ins: Azurite for Table and Queue storage, MailDev as the SMTP sink.
#   scripts/services.sh start [profile]   profile "dev" (default ports) or "test" (ports the tests use)
#   scripts/services.sh stop  [profile]
# Prints the environment the app and tests read (scripts/test.sh exports it with a TEST_ prefix). Data lives under .local/<profile>/.
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:-start}
profile=${2:-dev}
if [ "$profile" = test ]; then
  # DEADLINEBOT_TEST_PORT_BASE lets two checkouts run their tests side by side.
  base=${DEADLINEBOT_TEST_PORT_BASE:-20000}
  blob=$base queue=$((base + 1)) table=$((base + 2)) smtp=$((base + 3)) web=$((base + 4))
else
  blob=10000 queue=10001 table=10002 smtp=1025 web=1080
fi
state=.local/$profile
mkdir -p "$state"

stop() {
  # Each service runs in its own session (setsid), so killing its process group leaves no child behind.
  for name in azurite maildev; do
    if [ -f "$state/$name.pid" ]; then
      pid=$(cat "$state/$name.pid")
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      # Azurite can linger in its graceful shutdown: after five seconds, stop it outright.
      kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
      rm -f "$state/$name.pid"
    fi
  done
}

wait_port() {
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "services.sh: nothing listens on port $1; see $state/*.log" >&2
  return 1
}

if [ "$action" = stop ]; then stop; exit 0; fi

if [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/maildev ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
stop
rm -rf "$state/azurite"
mkdir -p "$state/azurite"
# Both listen on 127.0.0.1 only: the storage account key is public and the web inbox shows every email.
setsid nohup node_modules/.bin/azurite --silent --skipApiVersionCheck --loose \
  --location "$state/azurite" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort $blob --queuePort $queue --tablePort $table \
  >"$state/azurite.log" 2>&1 &
echo $! >"$state/azurite.pid"
setsid nohup node_modules/.bin/maildev --smtp $smtp --web $web --ip 127.0.0.1 --web-ip 127.0.0.1 \
  >"$state/maildev.log" 2>&1 &
echo $! >"$state/maildev.pid"
wait_port $table; wait_port $queue; wait_port $smtp; wait_port $web

account="devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
echo "DEADLINEBOT_STORAGE=DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"
echo "DEADLINEBOT_SMTP_PORT=$smtp"
echo "DEADLINEBOT_MAILDEV_URL=http://127.0.0.1:$web"
