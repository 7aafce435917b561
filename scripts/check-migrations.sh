#!/usr/bin/env bash
# Round-trips the migrations on both providers: deploy to a fresh database → status clean → `create` finds no
# schema change (so the committed migrations match the schema). Usage: bash scripts/check-migrations.sh [pg-base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
tsx=node_modules/.bin/tsx
tmp=$(mktemp -d)
check() {
  local label=$1
  $tsx scripts/migrate.ts deploy >/dev/null
  $tsx scripts/migrate.ts status >/dev/null
  local created
  created=$($tsx scripts/migrate.ts create drift-check)
  if [[ "$created" != *"no schema change"* ]]; then
    echo "migrations drift on $label: $created" >&2
    exit 1
  fi
  echo "migrations round-trip clean on $label"
}
DATABASE_URL="file:$tmp/check.db" check sqlite
if [ -n "${1:-}" ]; then
  url="$1/duizhao_test_migrations"
  node scripts/pg-reset.mjs "$url" >/dev/null
  DATABASE_URL="$url" check postgresql
fi
rm -rf "$tmp"
