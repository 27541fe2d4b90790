# shellcheck shell=bash
# Source this file, then call start_postgres: it uses $DATABASE_URL when that already points
# at PostgreSQL, or starts Debian's PostgreSQL 15 cluster and exports DATABASE_URL for a `gpp`
# role and database. Idempotent. Without PostgreSQL it says why and returns 0 outside CI (the
# services tests then skip with that reason) and 1 in CI, where a skip is a failure.

_services_missing() {
  echo "services: $1" >&2
  if [ "${CI:-}" = "true" ]; then
    return 1
  fi
  export GPP_SERVICES_MISSING="$1"
  return 0
}

start_postgres() {
  if [[ "${DATABASE_URL:-}" == postgres* ]]; then
    echo "services: using DATABASE_URL from the environment"
    return 0
  fi
  local bin=/usr/lib/postgresql/15/bin
  if [ ! -x "$bin/postgres" ]; then
    _services_missing "PostgreSQL 15 is not installed (apt-get install postgresql, or run scripts/install_system_deps.sh)"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    _services_missing "starting PostgreSQL needs root; or set DATABASE_URL=postgres://... to a server of yours"
    return
  fi
  if ! pg_lsclusters -h 2>/dev/null | awk '$1 == 15 && $2 == "main"' | grep -q .; then
    pg_createcluster 15 main >/dev/null
  fi
  if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster 15 main start
  fi
  local tries=0
  until runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p 5432; do
    tries=$((tries + 1))
    if [ "$tries" -gt 60 ]; then
      echo "services: PostgreSQL did not accept connections within 30 s" >&2
      return 1
    fi
    sleep 0.5
  done
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gpp') THEN
    CREATE ROLE gpp LOGIN SUPERUSER PASSWORD 'gpp';
  END IF;
END
$$;
SQL
  if ! runuser -u postgres -- psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'gpp'" | grep -q 1; then
    runuser -u postgres -- createdb -O gpp gpp
  fi
  export DATABASE_URL=postgres://gpp:gpp@127.0.0.1:5432/gpp
  echo "services: PostgreSQL $(runuser -u postgres -- psql -tAq -d postgres -c 'SHOW server_version') ready at $DATABASE_URL"
}
