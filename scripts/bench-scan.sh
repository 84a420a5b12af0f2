#!/usr/bin/env bash
# The daily scan beside its floor, in one run on one Azurite: for each size, three processes that read the task
# entities once and three that scan once, alternating, each printing its time, bytes allocated and peak working set.
#   scripts/bench-scan.sh [tasks...]        (default: 10000 100000)
# DEADLINEBOT_BENCH_HISTORY=H adds H finished tasks (plans all done, closed) beside each size's open ones, and two more
# processes to the rotation: a bare read of the open tasks alone, and a scan that reads every plan's partition (the
# finished plans open again, as before the scan skipped closed plans). DEADLINEBOT_BENCH_R2R=1 runs both sides compiled
# ReadyToRun for linux-x64, as scripts/package.sh deploys the app; otherwise a Release build (JIT).
# Azurite runs in memory (--inMemoryPersistence) on DEADLINEBOT_BENCH_PORT_BASE (default 23500) and is stopped at the end:
# with disk persistence its periodic save of the whole database (hundreds of MB at 100,000 tasks) lands on whatever
# request is running, for the floor and the scan alike.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
base=${DEADLINEBOT_BENCH_PORT_BASE:-23500}
state=.local/bench-scan
mkdir -p "$state"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error >&2

setsid nohup node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --inMemoryPersistence \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$base" --queuePort $((base + 1)) --tablePort $((base + 2)) >"$state/azurite.log" 2>&1 &
azurite=$!
trap 'kill -- "-$azurite" 2>/dev/null || kill "$azurite" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$((base + 2))") 2>/dev/null && break; sleep 0.2; done

key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export DEADLINEBOT_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;QueueEndpoint=http://127.0.0.1:$((base + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((base + 2))/devstoreaccount1;"

if [ "${DEADLINEBOT_BENCH_R2R:-}" = 1 ]; then
  # As the app is deployed (scripts/package.sh): linux-x64, ReadyToRun, so neither side pays for compiling its code.
  dotnet publish Benchmarks/Benchmarks.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path .local/bench-r2r-build -o .local/bench-r2r -nologo -v quiet >&2
  bench=.local/bench-r2r/DeadlineBot.Benchmarks.dll
else
  dotnet build Benchmarks/Benchmarks.csproj -c Release -nologo -v quiet -clp:NoSummary >&2
  bench=Benchmarks/bin/Release/net10.0/DeadlineBot.Benchmarks.dll
fi
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
for n in "${sizes[@]}"; do
  dotnet "$bench" peak "$n" seed
  echo "$n tasks seeded: $(uptime | sed 's/.*load/load/')"
  # Floor and scan alternate, three times each; the median is the figure.
  for _ in 1 2 3; do
    dotnet "$bench" peak "$n" read
    [ -n "${DEADLINEBOT_BENCH_HISTORY:-}" ] && dotnet "$bench" peak "$n" read-open
    dotnet "$bench" peak "$n" scan
    [ -n "${DEADLINEBOT_BENCH_HISTORY:-}" ] && dotnet "$bench" peak "$n" scan-unskipped
  done
done
# BenchmarkDotNet's MemoryDiagnoser table too (several minutes more at 100,000 tasks): DEADLINEBOT_BENCH_BDN=1.
if [ "${DEADLINEBOT_BENCH_BDN:-}" = 1 ]; then
  dotnet "$bench" --filter '*ScanBenchmarks*' --join 2>&1 | sed -n '/^| Method/,/^$/p'
fi
echo "machine after: $(uptime | sed 's/.*load/load/')"
