#!/usr/bin/env bash
# Time from process start to the first answered request (GET /api/health, or / for the empty app), median of N runs:
#   DeadlineBot self-hosted as scripts/run.sh starts it (the HTTP functions, the timer and the queue listener), and
#   an empty ASP.NET Core app (dotnet new web) built the same way, as the floor.
# Release builds, framework-dependent, no Functions host. Needs Azurite for the self-hosted run:
#   scripts/bench-startup.sh [runs=7]   (uses DEADLINEBOT_STORAGE, else starts the test profile's Azurite)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
port=${DEADLINEBOT_BENCH_PORT:-7390}
work=.local/bench-startup
mkdir -p "$work"

started_services=""
if [ -z "${DEADLINEBOT_STORAGE:-}" ]; then
  while IFS= read -r line; do export "$line"; done < <(scripts/services.sh start test)
  started_services=yes
fi
cleanup() { [ -n "$started_services" ] && scripts/services.sh stop test; }
trap cleanup EXIT

echo "building (Release)..." >&2
dotnet build Functions/Functions.csproj -c Release -nologo -v quiet -clp:NoSummary >&2
if [ ! -f "$work/empty/bin/Release/net10.0/empty.dll" ]; then
  rm -rf "$work/empty"
  # Outside the repository's Directory.Build.props: the template as it comes.
  tmp=$(mktemp -d)
  dotnet new web -o "$tmp/empty" -n empty --force >/dev/null
  mv "$tmp/empty" "$work/empty"
  rm -rf "$tmp"
fi
(cd "$work/empty" && dotnet build -c Release -nologo -v quiet -clp:NoSummary -p:ImportDirectoryBuildProps=false -p:ImportDirectoryPackagesProps=false >&2)

# Prints the milliseconds from starting "$@" to the first 200 from $url.
time_one() {
  local url=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "bench-startup: process exited early: $*" >&2; return 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
  local name=$1 url=$2; shift 2
  local all=()
  for _ in $(seq 1 "$runs"); do all+=("$(time_one "$url" "$@")"); done
  printf '%-44s median %5d ms   runs: %s\n' "$name" "$(printf '%s\n' "${all[@]}" | median)" "${all[*]}"
}

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export DeadlineBot__Storage__ConnectionString="$DEADLINEBOT_STORAGE" DeadlineBot__Storage__TablePrefix=benchstartup
export DeadlineBot__Smtp__Host=127.0.0.1 DeadlineBot__Smtp__Port=25 DeadlineBot__Smtp__Security=None DeadlineBot__Smtp__FromAddress=bench@localhost
export DeadlineBot__Links__BaseUrl=http://localhost DeadlineBot__Links__SigningKey="bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
app=Functions/bin/Release/net10.0/DeadlineBot.Functions.dll

echo "time from process start to first answered request ($runs runs each, $(nproc) cores):"
measure "DeadlineBot, self-hosted (timer + queue)" "http://127.0.0.1:$port/api/health" dotnet "$app" --urls "http://127.0.0.1:$port"
measure "empty ASP.NET Core app (dotnet new web)" "http://127.0.0.1:$port/" dotnet "$work/empty/bin/Release/net10.0/empty.dll" --urls "http://127.0.0.1:$port"
