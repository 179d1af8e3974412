#!/usr/bin/env bash
# Before the first release only: rebuilds the single initial migration for both SQL engines.
# After a release, add migrations with `npm run migrate:create -- <name>` instead of rewriting history.
# Needs a PostgreSQL server: PG_URI=postgres://user:pass@127.0.0.1:5432/postgres (default shown).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--conditions=development
PG_URI=${PG_URI:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
scratch=$(mktemp -d)
rm -rf src/migrations/sqlite src/migrations/postgres
mkdir -p src/migrations/sqlite src/migrations/postgres
DATABASE_URI="file:$scratch/migrate.db" npx payload migrate:create initial
db="carepath_migrate_$$"
psql "$PG_URI" -qc "CREATE DATABASE $db"
DATABASE_URI="${PG_URI%/*}/$db" npx payload migrate:create initial
psql "$PG_URI" -qc "DROP DATABASE $db"
rm -rf "$scratch"
