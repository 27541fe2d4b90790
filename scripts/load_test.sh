#!/usr/bin/env bash
# The load test: gunicorn (2 sync workers) on loopback against the database in $DATABASE_URL,
# configured as in production (page cache for visitors, fragments, one cache shared by both
# workers), then locust for LOAD_SECONDS (default 300) with LOAD_USERS (default 50) users
# mixing reading, searching and posting; then the same users and time on the forum thread page
# alone (visitors from the page cache; visitors whose page is rendered; logged-in members),
# then on the bare view alone.
# Prints the summaries and the ratios. Called by scripts/bench.sh (make bench).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LOAD_SECONDS:-300}
users=${LOAD_USERS:-50}
port=${LOAD_PORT:-8765}
out=var/bench
mkdir -p "$out"
export DJANGO_SETTINGS_MODULE=benchmarks.settings
export PAGE_CACHE_SECONDS=${PAGE_CACHE_SECONDS:-60}  # as in production
# Both workers share the fragments and their generation, as in production.
export CACHE_URL=${CACHE_URL:-filecache://$PWD/$out/cache}
.venv/bin/gunicorn kb_site.wsgi --bind "127.0.0.1:$port" --workers 2 --log-level warning &
gunicorn=$!
trap 'kill $gunicorn 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fsS -o /dev/null "http://127.0.0.1:$port/bench/bare/" && break; sleep 0.5; done

run() {  # name, user classes...
  local name=$1
  shift
  echo "--- locust: $name, $users users, ${seconds}s" >&2
  .venv/bin/locust -f benchmarks/locustfile.py --headless --only-summary \
    --host "http://127.0.0.1:$port" -u "$users" -r "$users" -t "${seconds}s" \
    --csv "$out/$name" --exit-code-on-error 0 "$@" >&2
}
rm -rf "$out/cache"
run mix Reader ForumReader Searcher Poster
run thread ThreadReader
run thread-rendered RenderedThreadReader
run thread-member MemberThreadReader
run bare Bare
.venv/bin/python benchmarks/load_report.py "$out"
