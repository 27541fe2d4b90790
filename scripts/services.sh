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

# Elasticsearch 8 from Maven Central (the integ-test zip: no bundled JDK, so the machine's
# Java 17 runs it), cached under var/services/, run as the unprivileged user `elasticsearch`
# (it refuses root) on 127.0.0.1:9200, single node, no security, small heap. Uses
# $ELASTICSEARCH_URL when it is already set. Idempotent.
ES_VERSION="${ES_VERSION:-8.19.21}"

start_elasticsearch() {
  if [ -n "${ELASTICSEARCH_URL:-}" ]; then
    echo "services: using ELASTICSEARCH_URL from the environment"
    return 0
  fi
  local root
  root="$(pwd)/var/services"
  local home="$root/elasticsearch-$ES_VERSION"
  local url=http://127.0.0.1:9200
  if curl -fsS "$url/_cluster/health" >/dev/null 2>&1; then
    export ELASTICSEARCH_URL=$url
    echo "services: Elasticsearch already running at $url"
    return 0
  fi
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    _services_missing "Elasticsearch needs Java 17 and Maven (to fetch it from Maven Central)"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    _services_missing "starting Elasticsearch needs root (to run it as its own user); or set ELASTICSEARCH_URL"
    return
  fi
  if [ ! -x "$home/bin/elasticsearch" ]; then
    mkdir -p "$root"
    echo "services: fetching Elasticsearch $ES_VERSION from Maven Central"
    mvn -q -B dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$root" -Dmdep.overWriteReleases=false >/dev/null \
      || { _services_missing "could not fetch Elasticsearch $ES_VERSION from Maven Central"; return; }
    (cd "$root" && unzip -q -o "elasticsearch-$ES_VERSION.zip")
  fi
  id elasticsearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin elasticsearch
  mkdir -p "$root/es-data" "$root/es-logs" "$root/es-run"
  chown -R elasticsearch "$home" "$root/es-data" "$root/es-logs" "$root/es-run"
  # The user must be able to reach the folder: open the path down to it for traversal.
  local dir="$root"
  while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
  echo "services: starting Elasticsearch $ES_VERSION"
  local java_home
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  if ! runuser -u elasticsearch -- env ES_JAVA_OPTS="-Xms512m -Xmx512m" ES_JAVA_HOME="$java_home" \
    "$home/bin/elasticsearch" -d -p "$root/es-run/es.pid" \
    -E discovery.type=single-node -E xpack.security.enabled=false \
    -E network.host=127.0.0.1 -E http.port=9200 -E path.data="$root/es-data" \
    -E path.logs="$root/es-logs" -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E xpack.ml.enabled=false >/dev/null 2>"$root/es-start.err"; then
    echo "services: Elasticsearch did not start:" >&2
    tail -n 30 "$root/es-start.err" >&2
    return 1
  fi
  local tries=0
  until curl -fsS "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 120 ]; then
      echo "services: Elasticsearch did not answer within 120 s; its log:" >&2
      tail -n 30 "$root/es-logs/"*.log "$root/es-start.err" >&2 2>/dev/null || true
      return 1
    fi
    sleep 1
  done
  export ELASTICSEARCH_URL=$url
  echo "services: Elasticsearch $ES_VERSION ready at $url"
}

stop_elasticsearch() {
  local pidfile
  pidfile="$(pwd)/var/services/es-run/es.pid"
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}
