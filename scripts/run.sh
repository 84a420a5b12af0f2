#!/usr/bin/env bash
# The README's run command: starts Azurite and MailDev, builds and starts DeadlineBot self-hosted (no Functions host:
# the same function classes, run by the app's own timer, queue listener and HTTP routes)
# at http://localhost:7071, loads the five sample plans (through the importer) and samples/agencies.json, runs one
# reminder scan "as of" a day when sample deadlines are near, and prints where the emails can be read.
# Ctrl-C stops the app and the local services.
#   DEADLINEBOT_AS_OF=2022-03-24   the app's today: scan, reports, completion pages and link expiry (development only;
#                                  empty = today in Asia/Ho_Chi_Minh); the sample plans count as confirmed on it
#   DEADLINEBOT_PORT=7071          the app's port
set -euo pipefail
cd "$(dirname "$0")/.."
as_of=${DEADLINEBOT_AS_OF-2022-03-24}
port=${DEADLINEBOT_PORT:-7071}
url="http://localhost:$port"

command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK is needed (dotnet not found)" >&2; exit 1; }
command -v npm >/dev/null || { echo "run.sh: Node.js and npm are needed for Azurite and MailDev" >&2; exit 1; }

app_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  scripts/services.sh stop dev
  echo "run.sh: stopped."
}
trap cleanup EXIT INT TERM

echo "run.sh: starting Azurite and MailDev..."
env_lines=$(scripts/services.sh start dev)
while IFS= read -r line; do export "$line"; done <<<"$env_lines"

echo "run.sh: building..."
dotnet build Functions/Functions.csproj -nologo -v quiet -clp:NoSummary -clp:ErrorsOnly

export ASPNETCORE_ENVIRONMENT=Development
# DeadlineBot's own log lines (scan, sends, failures); ASP.NET Core's request lines only when something is wrong.
export Logging__LogLevel__Default=Information Logging__LogLevel__Microsoft=Warning
export DeadlineBot__Storage__ConnectionString="$DEADLINEBOT_STORAGE"
export DeadlineBot__Storage__TablePrefix=deadlinebot
export DeadlineBot__Storage__ReminderQueue=reminders
export DeadlineBot__Smtp__Host=127.0.0.1
export DeadlineBot__Smtp__Port="$DEADLINEBOT_SMTP_PORT"
export DeadlineBot__Smtp__Security=None
export DeadlineBot__Smtp__FromAddress=deadlinebot@localhost
export DeadlineBot__Smtp__FromName="DeadlineBot – Nhắc việc"
export DeadlineBot__Clock__AsOfDate="$as_of"
export DeadlineBot__Reminders__AdminEmails=admin@example.test
export DeadlineBot__Seed__Plans=samples/plans
export DeadlineBot__Seed__Agencies=samples/agencies.json
export DeadlineBot__Links__BaseUrl="$url"
# A fresh signing key each run: links in this run's emails work until the app stops. Never a real secret.
DeadlineBot__Links__SigningKey="local-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
export DeadlineBot__Links__SigningKey
export DeadlineBot__Api__Keys__0__Name=local-staff DeadlineBot__Api__Keys__0__Key=local-staff-key DeadlineBot__Api__Keys__0__Role=staff
export DeadlineBot__Api__Keys__1__Name=local-admin DeadlineBot__Api__Keys__1__Key=local-admin-key DeadlineBot__Api__Keys__1__Role=admin

echo "run.sh: starting DeadlineBot at $url (sample plans and agencies load first)..."
dotnet Functions/bin/Debug/net10.0/DeadlineBot.Functions.dll --urls "$url" &
app_pid=$!
for _ in $(seq 1 150); do
  if curl -fs "$url/api/health" >/dev/null 2>&1; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "run.sh: the app stopped; see the messages above" >&2; exit 1; }
  sleep 0.2
done
curl -fs "$url/api/health" >/dev/null || { echo "run.sh: the app did not answer at $url" >&2; exit 1; }

echo "run.sh: scanning for reminders as of ${as_of:-today}..."
# Runs the ScanTimer function now, as the Functions host's admin API does (POST /admin/functions/ScanTimer).
curl -fs -X POST "$url/admin/functions/ScanTimer" -H 'Content-Type: application/json' -H 'X-Api-Key: local-admin-key' -d '{"input": ""}'
echo
echo
echo "  Web app:       $url/api/app/   (sign in with local-staff-key, or local-admin-key for the dashboard; $url/app/ leads there)"
echo "  DeadlineBot:   $url   (API: $url/api/health, staff key: local-staff-key)"
echo "  Emails:        http://localhost:1080   (the digests arrive within a minute)"
echo "  Press Ctrl-C to stop everything."
wait "$app_pid"
