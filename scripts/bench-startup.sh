#!/usr/bin/env bash
# Time from process start to the first answered request (GET /api/health, or / for the empty app), median of N runs:
#   DeadlineBot self-hosted as scripts/run.sh starts it (the HTTP functions, the timer and the queue listener), and
#   an empty ASP.NET Core app (dotnet new web) built the same way, as the floor.
# Framework-dependent, no Functions host (the host cannot run here: this is the self-hosted mode). Needs Azurite:
#   scripts/bench-startup.sh [runs=7]   (uses DEADLINEBOT_STORAGE, else starts the test profile's Azurite)
# DEADLINEBOT_BENCH_PACKAGE=1 measures the app as deployed (scripts/package.sh: linux-x64 ReadyToRun, workstation GC)
# beside the empty app published the same way; otherwise both are Release builds. DEADLINEBOT_BENCH_BEFORE=<revision>
# adds that revision of the app, built the same way, to the rotation: before and after side by side in one run.
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
cleanup() {
  [ -d "$work/before-src" ] && git worktree remove --force "$work/before-src"
  [ -n "$started_services" ] && scripts/services.sh stop test
  return 0
}
trap cleanup EXIT

# Builds the app of checkout $1 into $work/$2 (packaged, or a Release build) and prints its entry assembly.
build_app() {
  local tree=$1 name=$2
  if [ "${DEADLINEBOT_BENCH_PACKAGE:-}" = 1 ]; then
    echo "publishing $name (scripts/package.sh: linux-x64, ReadyToRun)..." >&2
    (cd "$tree" && scripts/package.sh "$OLDPWD/$work/$name.zip" >/dev/null)
    rm -rf "${work:?}/$name" && mkdir -p "$work/$name" && python3 -m zipfile -e "$work/$name.zip" "$work/$name"
    echo "$work/$name/DeadlineBot.Functions.dll"
  else
    echo "building $name (Release)..." >&2
    dotnet build "$tree/Functions/Functions.csproj" -c Release -nologo -v quiet -clp:NoSummary >&2
    echo "$tree/Functions/bin/Release/net10.0/DeadlineBot.Functions.dll"
  fi
}
app=$(build_app . app)
# DEADLINEBOT_BENCH_BEFORE=<revision>: that revision too, from a worktree, built the same way and run in turn.
before=""
if [ -n "${DEADLINEBOT_BENCH_BEFORE:-}" ]; then
  rev=$(git rev-parse --short "$DEADLINEBOT_BENCH_BEFORE")
  tree=$work/before-src
  git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
  git worktree add --detach "$tree" "$rev" >/dev/null 2>&1
  before=$(build_app "$tree" "before")
fi
if [ ! -f "$work/empty/Program.cs" ]; then
  rm -rf "$work/empty"
  # Outside the repository's Directory.Build.props: the template as it comes.
  tmp=$(mktemp -d)
  dotnet new web -o "$tmp/empty" -n empty --force >/dev/null
  mv "$tmp/empty" "$work/empty"
  rm -rf "$tmp"
fi
empty_props=(-p:ImportDirectoryBuildProps=false -p:ImportDirectoryPackagesProps=false)
if [ "${DEADLINEBOT_BENCH_PACKAGE:-}" = 1 ]; then
  (cd "$work/empty" && dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:ServerGarbageCollection=false -o ../empty-published -nologo -v quiet "${empty_props[@]}" >&2)
  empty=$work/empty-published/empty.dll
else
  (cd "$work/empty" && dotnet build -c Release -nologo -v quiet -clp:NoSummary "${empty_props[@]}" >&2)
  empty=$work/empty/bin/Release/net10.0/empty.dll
fi

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

report() { printf '%-44s median %5d ms   runs: %s\n' "$1" "$(printf '%s\n' "${@:2}" | median)" "${*:2}"; }

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export DeadlineBot__Storage__ConnectionString="$DEADLINEBOT_STORAGE" DeadlineBot__Storage__TablePrefix=benchstartup
export DeadlineBot__Smtp__Host=127.0.0.1 DeadlineBot__Smtp__Port=25 DeadlineBot__Smtp__Security=None DeadlineBot__Smtp__FromAddress=bench@localhost
export DeadlineBot__Links__BaseUrl=http://localhost DeadlineBot__Links__SigningKey="bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
echo "time from process start to first answered request ($runs runs each, $(nproc) cores, $(uptime | sed 's/.*load/load/')):"
# The app and the floor alternate, so a change in the machine's load reaches both alike.
app_ms=() empty_ms=() before_ms=()
for _ in $(seq 1 "$runs"); do
  if [ -n "$before" ]; then
    before_ms+=("$(time_one "http://127.0.0.1:$port/api/health" dotnet "$before" --urls "http://127.0.0.1:$port")")
  fi
  app_ms+=("$(time_one "http://127.0.0.1:$port/api/health" dotnet "$app" --urls "http://127.0.0.1:$port")")
  empty_ms+=("$(time_one "http://127.0.0.1:$port/" dotnet "$empty" --urls "http://127.0.0.1:$port")")
done
[ -n "$before" ] && report "DeadlineBot at $rev (before)" "${before_ms[@]}"
report "DeadlineBot, self-hosted (timer + queue)" "${app_ms[@]}"
report "empty ASP.NET Core app (dotnet new web)" "${empty_ms[@]}"
