#!/usr/bin/env bash
# A two-shard ClickHouse cluster on 127.0.0.1 for tests and trials: two server processes, each with its own
# config, data folder, log and ports under .build/clickhouse/ (override with DESKMINE_CLICKHOUSE_DIR), and a
# remote_servers cluster named "deskmine" that names both. Installs Debian's clickhouse-server when missing
# (needs root then).
#   scripts/clickhouse.sh start    start both servers (or find them running); the last line is the HTTP URL
#   scripts/clickhouse.sh stop     stop exactly the two processes named in the pid files
#   scripts/clickhouse.sh status   say whether each server runs; the last line is the HTTP URL when both do
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${DESKMINE_CLICKHOUSE_DIR:-$root/.build/clickhouse}"
shards=(1 2)

running() { # shard -> 0 when its pid file names a live clickhouse-server
  local pid
  pid=$(cat "$dir/shard$1/server.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q clickhouse "/proc/$pid/cmdline" 2>/dev/null
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_port() { sed -n 's:.*<http_port>\([0-9]*\)</http_port>.*:\1:p' "$dir/shard$1/config.xml"; }

url() { echo "http://127.0.0.1:$(http_port 1)/"; }

ensure_installed() {
  command -v clickhouse-server >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then echo "clickhouse.sh: please install the Debian package clickhouse-server (needs root)" >&2; exit 1; fi
  echo "clickhouse.sh: installing clickhouse-server" >&2
  "$root/scripts/apt-get-waiting.sh" update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "$root/scripts/apt-get-waiting.sh" install -y -qq --no-install-recommends clickhouse-server clickhouse-client >/dev/null
}

# Picks a base port with 6 free ports above it (HTTP, TCP, interserver for each shard), away from the defaults.
choose_ports() {
  local base i ok
  for _ in $(seq 1 50); do
    base=$((21000 + (RANDOM % 400) * 10))
    ok=1
    for i in 0 1 2 3 4 5; do port_free $((base + i)) || { ok=0; break; }; done
    [ $ok -eq 1 ] && { echo "$base"; return 0; }
  done
  echo "clickhouse.sh: no free ports found" >&2; exit 1
}

write_config() { # shard base
  local s=$1 base=$2 d="$dir/shard$1"
  local http=$((base + (s - 1) * 3)) tcp=$((base + (s - 1) * 3 + 1)) inter=$((base + (s - 1) * 3 + 2))
  local tcp1=$((base + 1)) tcp2=$((base + 4))
  mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/format_schemas" "$d/log"
  cat >"$d/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/server.err.log</errorlog><size>100M</size><count>2</count></logger>
    <http_port>$http</http_port>
    <tcp_port>$tcp</tcp_port>
    <interserver_http_port>$inter</interserver_http_port>
    <interserver_http_host>127.0.0.1</interserver_http_host>
    <listen_host>127.0.0.1</listen_host>
    <max_connections>256</max_connections>
    <keep_alive_timeout>3</keep_alive_timeout>
    <max_concurrent_queries>64</max_concurrent_queries>
    <uncompressed_cache_size>268435456</uncompressed_cache_size>
    <mark_cache_size>268435456</mark_cache_size>
    <path>$d/data/</path>
    <tmp_path>$d/tmp/</tmp_path>
    <user_files_path>$d/user_files/</user_files_path>
    <format_schema_path>$d/format_schemas/</format_schema_path>
    <users_config>$d/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mlock_executable>false</mlock_executable>
    <!-- Deskmine creates each workspace's tables on every shard over HTTP; this tells it where. -->
    <macros><deskmine_http_url>http://127.0.0.1:$http/</deskmine_http_url><shard>$s</shard></macros>
    <remote_servers>
        <deskmine>
            <shard><replica><host>127.0.0.1</host><port>$tcp1</port></replica></shard>
            <shard><replica><host>127.0.0.1</host><port>$tcp2</port></replica></shard>
        </deskmine>
    </remote_servers>
    <builtin_dictionaries_reload_interval>3600</builtin_dictionaries_reload_interval>
    <max_session_timeout>3600</max_session_timeout>
    <default_session_timeout>60</default_session_timeout>
</yandex>
XML
  cat >"$d/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>4000000000</max_memory_usage>
            <use_uncompressed_cache>0</use_uncompressed_cache>
            <load_balancing>random</load_balancing>
        </default>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

start() {
  ensure_installed
  if running 1 && running 2; then url; return 0; fi
  stop >/dev/null
  local base
  base=$(choose_ports)
  for s in "${shards[@]}"; do write_config "$s" "$base"; done
  for s in "${shards[@]}"; do
    local d="$dir/shard$s"
    (cd "$d" && exec setsid clickhouse-server --config-file="$d/config.xml" >"$d/log/stdout.log" 2>&1 </dev/null) &
    echo $! >"$d/server.pid"
  done
  local deadline=$((SECONDS + 60))
  for s in "${shards[@]}"; do
    local port; port=$(http_port "$s")
    until curl -fsS "http://127.0.0.1:$port/ping" >/dev/null 2>&1; do
      if ! running "$s" || [ $SECONDS -ge $deadline ]; then
        echo "clickhouse.sh: shard $s did not start; see $dir/shard$s/log/" >&2
        tail -n 20 "$dir/shard$s/log/server.err.log" "$dir/shard$s/log/stdout.log" >&2 2>/dev/null || true
        stop >/dev/null; exit 1
      fi
      sleep 0.3
    done
  done
  echo "clickhouse.sh: two shards up (cluster 'deskmine'; HTTP ports $(http_port 1) and $(http_port 2))" >&2
  url
}

stop() {
  for s in "${shards[@]}"; do
    local f="$dir/shard$s/server.pid" pid
    pid=$(cat "$f" 2>/dev/null) || continue
    if running "$s"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
  echo "clickhouse.sh: stopped" >&2
}

status() {
  local up=0
  for s in "${shards[@]}"; do
    if running "$s"; then echo "shard $s: running (pid $(cat "$dir/shard$s/server.pid"), HTTP port $(http_port "$s"))"; up=$((up + 1));
    else echo "shard $s: stopped"; fi
  done
  [ $up -eq ${#shards[@]} ] && { url; return 0; }
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/clickhouse.sh start|stop|status" >&2; exit 2 ;;
esac
