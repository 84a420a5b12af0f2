#!/usr/bin/env bash
# The test command: starts Azurite and MailDev on test ports, runs every test, stops them,
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
results=.local/test-results
# The browser tests drive Debian's Chromium (never a browser Playwright downloads); install it when it is missing.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing chromium for the browser tests..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo -n"
  { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium; } >/dev/null 2>&1 \
    || echo "test.sh: could not install chromium; the browser tests will fail" >&2
fi
rm -rf "$results"
env_lines=$(scripts/services.sh start test) || { tail -n 20 .local/test/*.log >&2; echo "0 passed, 1 failed"; exit 1; }
while IFS= read -r line; do export "TEST_${line}"; done <<<"$env_lines"
trap 'scripts/services.sh stop test' EXIT

dotnet test DeadlineBot.sln -c Release --report-trx --results-directory "$PWD/$results" "$@"
status=$?

passed=0 failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# The hostile-input campaign's one line of figures (Tests/Hostile), as the test printed it into its TRX.
grep -ho 'Hostile campaign[^<]*' "$results"/*.trx 2>/dev/null | head -1 \
  | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit $status
