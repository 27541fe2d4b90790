#!/usr/bin/env bash
# make bench: PostgreSQL (scripts/services.sh) with the demo and the generated data set
# (SCALE, default 1), then the page benchmark (ROUNDS, default 60), the search benchmark when
# Elasticsearch runs (SEARCH_DOCS, default 100000; 0 skips it) and the load test
# (LOAD_SECONDS, default 300; 0 skips it). Each prints its table; nothing is a test.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/services.sh
source scripts/services.sh
start_postgres
if [ -n "${GPP_SERVICES_MISSING:-}" ]; then
  echo "make bench needs PostgreSQL: $GPP_SERVICES_MISSING" >&2
  exit 1
fi
if [[ "$DATABASE_URL" == *127.0.0.1:5432/gpp ]]; then  # our own cluster: a database of its own
  runuser -u postgres -- psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'gpp_bench'" \
    | grep -q 1 || runuser -u postgres -- createdb -O gpp gpp_bench
  export DATABASE_URL=${DATABASE_URL%/gpp}/gpp_bench
fi
export DJANGO_SETTINGS_MODULE=benchmarks.settings SECRET_KEY=${SECRET_KEY:-bench-only-key}
manage() { .venv/bin/python manage.py "$@"; }
manage migrate --noinput -v0
manage load_demo --allow-production  # DEBUG is off here; the demo log-ins are needed by the load test
manage generate_load_data --scale "${SCALE:-1}"
manage search_reindex
echo
echo "=== pages (in-process, ratio to the bare view) ==="
.venv/bin/python benchmarks/pages.py --rounds "${ROUNDS:-60}"
if [ "${SEARCH_DOCS:-100000}" != 0 ]; then
  start_elasticsearch
  trap stop_elasticsearch EXIT
  if [ -n "${ELASTICSEARCH_URL:-}" ]; then
    echo
    echo "=== search (query layer vs. straight to Elasticsearch) ==="
    .venv/bin/python benchmarks/search_bench.py --docs "${SEARCH_DOCS:-100000}"
  fi
fi
if [ "${LOAD_SECONDS:-300}" != 0 ]; then
  echo
  echo "=== load (gunicorn, 2 workers, ${LOAD_USERS:-50} users, ${LOAD_SECONDS:-300} s) ==="
  bash scripts/load_test.sh
fi
