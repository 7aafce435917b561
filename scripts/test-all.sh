#!/usr/bin/env bash
# npm test: every test — static checks, unit and database tests (SQLite and PostgreSQL), e2e in Chromium on both.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-system-deps.sh
node scripts/derive-pg-schema.mjs --check

echo "== typecheck and lint"
npm run --silent typecheck
npm run --silent lint -- --quiet

echo "== unit and database tests (SQLite)"
npx vitest run

pg_base=""
if pg_base=$(bash scripts/ensure-postgres.sh 2>/dev/null | tail -1) && [ -n "$pg_base" ]; then
  echo "== database tests (PostgreSQL)"
  TEST_DATABASE_URL="$pg_base" npx vitest run lib/data seeds
else
  echo "PostgreSQL could not be started: run bash scripts/ensure-postgres.sh" >&2
  exit 1
fi

echo "== production build"
npm run --silent build

echo "== e2e in Chromium (SQLite)"
npx playwright test

echo "== e2e in Chromium (PostgreSQL)"
E2E_DATABASE_URL="$pg_base/duizhao_e2e" E2E_PORT=3101 npx playwright test
