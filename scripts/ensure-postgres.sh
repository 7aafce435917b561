#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and creates the duizhao role (LOGIN, CREATEDB). Idempotent.
# Prints the base URL to use, e.g. postgresql://duizhao:duizhao@127.0.0.1:5432
set -euo pipefail
version=$(ls /usr/lib/postgresql/ | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_lsclusters -h | grep -q "^$version main .* online" || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
as_postgres() { if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='duizhao'\"" | grep -q 1 \
  || as_postgres "psql -q -c \"CREATE ROLE duizhao LOGIN PASSWORD 'duizhao' CREATEDB\""
echo "postgresql://duizhao:duizhao@127.0.0.1:5432"
