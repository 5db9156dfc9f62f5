#!/usr/bin/env bash
# Rebuilds Idealoop's search index from the database and waits for the alias switch, printing progress.
# Usage: IDEALOOP_TOKEN=<an admin's personal token> docker/reindex.sh [http://localhost:8080]
# (An admin creates a personal token on their account page or with POST /api/v1/me/tokens.)
set -euo pipefail
base="${1:-${IDEALOOP_URL:-http://localhost:8080}}"
: "${IDEALOOP_TOKEN:?Set IDEALOOP_TOKEN to a personal token of an admin}"
auth="Authorization: Bearer ${IDEALOOP_TOKEN}"

started=$(curl -sS -X POST -H "$auth" -w '\n%{http_code}' "$base/api/v1/admin/search/reindex")
code=${started##*$'\n'}
if [ "$code" != "202" ]; then
  echo "The rebuild did not start (HTTP $code): ${started%$'\n'*}" >&2
  exit 1
fi
while true; do
  progress=$(curl -sS -H "$auth" "$base/api/v1/admin/search/reindex")
  state=$(sed -n 's/.*"state":"\([a-z]*\)".*/\1/p' <<<"$progress")
  done_count=$(sed -n 's/.*"done":\([0-9]*\).*/\1/p' <<<"$progress")
  total=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' <<<"$progress")
  rate=$(sed -n 's/.*"ratePerSecond":\([0-9.]*\).*/\1/p' <<<"$progress")
  printf '%s: %s of %s documents, %s per second\n' "$state" "$done_count" "$total" "$rate"
  case "$state" in
    done) exit 0 ;;
    failed) echo "$progress" >&2; exit 1 ;;
  esac
  sleep 2
done
