#!/usr/bin/env bash
# Starts (or checks, or stops) the local PostgreSQL and Redis that the tests
# and a DATABASE_URL/REDIS_URL setup use, from Debian's packages. CI runs
# `start`; it installs what is missing and leaves running services alone.
set -euo pipefail

PG_HOST=127.0.0.1 PG_PORT=5432 REDIS_PORT=6379

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

wait_for() {
  local what=$1 check=$2
  for _ in $(seq 1 50); do "$check" && return 0; sleep 0.2; done
  echo "$what did not come up" >&2
  return 1
}

start_postgres() {
  if pg_up; then echo "postgres: already running on $PG_HOST:$PG_PORT"; return; fi
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  wait_for postgres pg_up
  # The tests connect as postgres without a password, as on the project's machines.
  if ! psql -h "$PG_HOST" -U postgres -c 'select 1' >/dev/null 2>&1; then
    echo "postgres is up but does not let 'postgres' in over TCP without a password;" >&2
    echo "set TEST_POSTGRES_URL to a URL that works, e.g. postgres://user:pass@127.0.0.1:5432/postgres" >&2
    exit 1
  fi
  echo "postgres: started on $PG_HOST:$PG_PORT"
}

start_redis() {
  if redis_up; then echo "redis: already running on 127.0.0.1:$REDIS_PORT"; return; fi
  command -v redis-server >/dev/null || apt_install redis-server
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no
  wait_for redis redis_up
  echo "redis: started on 127.0.0.1:$REDIS_PORT"
}

case "${1:-status}" in
  start) start_postgres; start_redis ;;
  stop)
    redis_up && redis-cli -p "$REDIS_PORT" shutdown nosave || true
    pg_up && as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main stop || true
    ;;
  status)
    pg_up && echo "postgres: up" || echo "postgres: down"
    redis_up && echo "redis: up" || echo "redis: down"
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
