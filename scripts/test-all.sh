#!/usr/bin/env bash
# npm test: every test — static checks, migrations, unit and database tests (SQLite and PostgreSQL),
# and the e2e suite in Chromium against the production build on both databases.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Each step says how long the run has taken so far (a clean-clone CI should stay near 45 minutes).
step() { printf '== %s  [%dm%02ds]\n' "$1" $((SECONDS / 60)) $((SECONDS % 60)); }

bash scripts/ensure-system-deps.sh
pg_base=$(bash scripts/ensure-postgres.sh | tail -1) || { echo "PostgreSQL could not be started: run bash scripts/ensure-postgres.sh" >&2; exit 1; }

step "schema, types, lint"
node scripts/derive-pg-schema.mjs --check
npm run --silent typecheck
npm run --silent lint -- --quiet

step "migrations round-trip (SQLite, PostgreSQL)"
bash scripts/check-migrations.sh "$pg_base"

step "unit and database tests (SQLite)"
npx vitest run

step "database tests (PostgreSQL)"
TEST_DATABASE_URL="$pg_base" npx vitest run lib/data seeds

step "production build"
npm run --silent build

step "e2e in Chromium (SQLite)"
npx playwright test

step "e2e in Chromium (PostgreSQL)"
E2E_DATABASE_URL="$pg_base/duizhao_e2e" E2E_PORT=3101 npx playwright test

step "eval (labelled development data; fails below eval/floors.json)"
npm run --silent eval -- --quiet
step "done"
