#!/usr/bin/env bash
# The load harness: one application (benchmarks/load-app), four variants, alternating rounds.
#
#   none      no instrumentation
#   starter   our starter
#   agent     the none jar with the OpenTelemetry Java agent (from Maven Central)
#   upstream  the upstream opentelemetry-spring-boot-starter
#
# Each round runs every variant once, in an order rotated by one per round, so that drift of a
# shared machine hits all of them alike. For each run: the time from launching the JVM to the
# first 200 of /work, a warm-up, a measured wrk run (throughput, p50, p99), the CPU time the
# application spent per request in the measured window, and its RSS after it. The application is
# pinned to one core, wrk and the local servers (REST stub, discarding OTLP receiver) to another.
#
# Usage: benchmarks/load/run.sh [--rounds N] [--warmup SECONDS] [--duration SECONDS]
#                               [--connections N] [--variants "none starter agent upstream"]
#                               [--no-build] [--summary-only]
# --summary-only prints the tables again from the last results.tsv, without running anything.
# Writes benchmarks/load/target/results.tsv and results.md, and prints the summary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/load"
OUT="${LOAD_OUT:-$HERE/target}"

ROUNDS=3
# On one core, shared with other work, C2 is still compiling a minute after the first request:
# 30 s of warm-up is the bound-in-time compromise, and the compilation of each variant's extra
# code stays part of what is measured (see RESULTS.md).
WARMUP=30
DURATION=20
CONNECTIONS=16
VARIANTS="none starter agent upstream"
BUILD=1
SUMMARY_ONLY=0
AGENT_VERSION="${AGENT_VERSION:-2.31.1}"
APP_CPU="${APP_CPU:-1}"
LOADGEN_CPU="${LOADGEN_CPU:-0}"
APP_PORT="${APP_PORT:-18080}"
STUB_PORT="${STUB_PORT:-18090}"
OTLP_PORT="${OTLP_PORT:-14318}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-6379}"
# One heap size for all: RSS is then comparable. One core means the JVM picks the Serial GC.
APP_JVM_OPTS="${APP_JVM_OPTS:--Xmx512m}"
STARTUP_TIMEOUT=180
# A bound on the whole measuring phase; runs that would start past it are skipped (and reported).
MAX_SECONDS="${MAX_SECONDS:-1500}"

while [ $# -gt 0 ]; do
	case "$1" in
		--rounds) ROUNDS="$2"; shift 2 ;;
		--warmup) WARMUP="$2"; shift 2 ;;
		--duration) DURATION="$2"; shift 2 ;;
		--connections) CONNECTIONS="$2"; shift 2 ;;
		--variants) VARIANTS="$2"; shift 2 ;;
		--no-build) BUILD=0; shift ;;
		--summary-only) SUMMARY_ONLY=1; shift ;;
		*) echo "unknown option: $1" >&2; exit 2 ;;
	esac
done

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

mkdir -p "$OUT/logs"
TSV="$OUT/results.tsv"
SUMMARY="$OUT/results.md"

require_tools() {
	if ! command -v wrk >/dev/null; then
		log "installing wrk"
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >/dev/null
	fi
	for tool in taskset curl java; do
		command -v "$tool" >/dev/null || { log "missing $tool"; exit 1; }
	done
	if ! (exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT") 2>/dev/null; then
		log "no Redis at $REDIS_HOST:$REDIS_PORT (start one, or set REDIS_HOST/REDIS_PORT)"
		exit 1
	fi
}

# The three jars are built one after the other in the same target/, so each is copied away at once.
build() {
	local mvn=("$ROOT/mvnw" -B -q -Dspring-boot.repackage.skip=false -Dmaven.test.skip=true)
	log "building the starter variant (with the starter's modules)"
	(cd "$ROOT" && "${mvn[@]}" -pl benchmarks/load-app -am -P starter package)
	cp "$ROOT/benchmarks/load-app/target/load-app-starter.jar" "$OUT/"
	for variant in none upstream; do
		log "building the $variant variant"
		(cd "$ROOT" && "${mvn[@]}" -f benchmarks/load-app/pom.xml -P "$variant" package)
		cp "$ROOT/benchmarks/load-app/target/load-app-$variant.jar" "$OUT/"
	done
	log "fetching the OpenTelemetry Java agent $AGENT_VERSION"
	(cd "$ROOT" && "$ROOT/mvnw" -B -q -N -f benchmarks/load-app/pom.xml dependency:copy \
		"-Dartifact=io.opentelemetry.javaagent:opentelemetry-javaagent:$AGENT_VERSION" "-DoutputDirectory=$OUT")
}

SERVERS_PID=""
APP_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$SERVERS_PID" ] && kill "$SERVERS_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_servers() {
	log "starting the REST stub (:$STUB_PORT) and the discarding OTLP receiver (:$OTLP_PORT) on core $LOADGEN_CPU"
	taskset -c "$LOADGEN_CPU" java -Xmx128m -XX:TieredStopAtLevel=1 "$HERE/LocalServers.java" \
		"$STUB_PORT" "$OTLP_PORT" >"$OUT/logs/servers.log" 2>&1 &
	SERVERS_PID=$!
	for _ in $(seq 1 100); do
		curl -sf "http://127.0.0.1:$OTLP_PORT/stats" >/dev/null 2>&1 && return 0
		sleep 0.2
	done
	log "the local servers did not start"; cat "$OUT/logs/servers.log" >&2; exit 1
}

# Items (spans, metric streams, log records) the receiver has counted: "traces metrics logs".
receiver_items() {
	curl -sf "http://127.0.0.1:$OTLP_PORT/stats" | awk '{ items[$1] = $4 } END { print items["traces"] + 0, items["metrics"] + 0, items["logs"] + 0 }'
}

# Every traced variant samples everything and exports all it can, over OTLP/HTTP, to one receiver.
otel_env() {
	echo OTEL_SERVICE_NAME=load-app \
		OTEL_TRACES_SAMPLER=always_on \
		OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$OTLP_PORT" \
		OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
		OTEL_TRACES_EXPORTER=otlp \
		OTEL_METRICS_EXPORTER=otlp \
		OTEL_LOGS_EXPORTER=otlp \
		OTEL_METRIC_EXPORT_INTERVAL=10000
}

launch() { # variant, log file
	local variant=$1 logfile=$2 jar agent=() environment=()
	case "$variant" in
		none) jar="$OUT/load-app-none.jar" ;;
		starter) jar="$OUT/load-app-starter.jar"; read -r -a environment <<<"$(otel_env)" ;;
		upstream) jar="$OUT/load-app-upstream.jar"; read -r -a environment <<<"$(otel_env)" ;;
		agent)
			jar="$OUT/load-app-none.jar"
			agent=("-javaagent:$OUT/opentelemetry-javaagent-$AGENT_VERSION.jar")
			read -r -a environment <<<"$(otel_env)"
			;;
		*) log "unknown variant $variant"; exit 2 ;;
	esac
	# shellcheck disable=SC2086
	env "${environment[@]}" taskset -c "$APP_CPU" java $APP_JVM_OPTS "${agent[@]}" -jar "$jar" \
		--server.port="$APP_PORT" --load.stub-url="http://127.0.0.1:$STUB_PORT" \
		--spring.data.redis.host="$REDIS_HOST" --spring.data.redis.port="$REDIS_PORT" >"$logfile" 2>&1 &
	APP_PID=$!
}

cpu_ticks() { # utime + stime of a process, in clock ticks
	awk '{ print $14 + $15 }' "/proc/$1/stat"
}

to_ms() { # a wrk duration (850.00us, 12.3ms, 1.2s) in milliseconds
	awk -v d="$1" 'BEGIN {
		if (d ~ /us$/) { sub(/us$/, "", d); printf "%.3f", d / 1000 }
		else if (d ~ /ms$/) { sub(/ms$/, "", d); printf "%.3f", d }
		else if (d ~ /m$/) { sub(/m$/, "", d); printf "%.3f", d * 60000 }
		else { sub(/s$/, "", d); printf "%.3f", d * 1000 } }'
}

run_wrk() { # seconds, output file
	taskset -c "$LOADGEN_CPU" wrk -t1 -c"$CONNECTIONS" -d"$1s" --timeout 10s --latency \
		"http://127.0.0.1:$APP_PORT/work" >"$2"
}

wrk_requests() { awk '/requests in/ { print $1 }' "$1"; }

run_variant() { # round, variant
	local round=$1 variant=$2 base="$OUT/logs/round$1-$2"
	local before after t0 t1 code="" startup_ms ticks0 ticks1 hz rss_kb
	before=$(receiver_items)
	t0=$(date +%s%N)
	launch "$variant" "$base.app.log"
	local deadline=$(( $(date +%s) + STARTUP_TIMEOUT ))
	while [ "$(date +%s)" -lt "$deadline" ]; do
		code=$(taskset -c "$LOADGEN_CPU" curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/work" || true)
		[ "$code" = 200 ] && break
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.02
	done
	t1=$(date +%s%N)
	if [ "$code" != 200 ]; then
		log "round $round: $variant did not answer 200 (last: $code); see $base.app.log"
		stop_app; return 1
	fi
	startup_ms=$(( (t1 - t0) / 1000000 ))
	run_wrk "$WARMUP" "$base.warmup.txt"
	hz=$(getconf CLK_TCK)
	ticks0=$(cpu_ticks "$APP_PID")
	run_wrk "$DURATION" "$base.wrk.txt"
	ticks1=$(cpu_ticks "$APP_PID")
	rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status")
	stop_app
	# Read after the application stopped: closing the SDK flushed what its batches still held.
	after=$(receiver_items)
	local wrk="$base.wrk.txt" rps p50 p99 requests errors served cpu_us
	rps=$(awk '/^Requests\/sec:/ { print $2 }' "$wrk")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$wrk")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$wrk")")
	requests=$(wrk_requests "$wrk")
	errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$wrk")
	served=$(( requests + $(wrk_requests "$base.warmup.txt") + 1 ))
	cpu_us=$(awk -v t="$(( ticks1 - ticks0 ))" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
	local per_request
	per_request=$(awk -v b="$before" -v a="$after" -v n="$served" 'BEGIN {
		split(b, x, " "); split(a, y, " ");
		printf "%.2f\t%.2f\t%d", (y[1] - x[1]) / n, (y[3] - x[3]) / n, y[2] - x[2] }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$variant" "$startup_ms" "$rps" "$p50" "$p99" \
		"$(( rss_kb / 1024 ))" "$cpu_us" "$per_request" "$errors" "$requests" >>"$TSV"
	log "round $round $variant: startup ${startup_ms} ms, ${rps} req/s, p50 ${p50} ms, p99 ${p99} ms, RSS $(( rss_kb / 1024 )) MiB, ${cpu_us} us CPU/request, errors $errors"
}

stop_app() {
	[ -z "$APP_PID" ] && return 0
	kill "$APP_PID" 2>/dev/null || true
	for _ in $(seq 1 100); do
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.2
	done
	kill -9 "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
}

describe_machine() {
	{
		echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
		echo "cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
		echo "memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
		echo "kernel: $(uname -r)"
		echo "java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
		echo "wrk: $(wrk -v 2>&1 | head -n 1)"
		echo "redis: $( (redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" INFO server 2>/dev/null || true) | awk -F: '/redis_version/ { print $2 }' | tr -d '\r')"
		echo "agent: opentelemetry-javaagent $AGENT_VERSION"
		echo "settings: $ROUNDS rounds, ${WARMUP}s warm-up, ${DURATION}s measured, $CONNECTIONS connections, app on core $APP_CPU ($APP_JVM_OPTS), wrk and local servers on core $LOADGEN_CPU"
	} >"$OUT/machine.txt"
}

# Medians across rounds, and each round's ratio to the none variant of the same round.
summarize() {
	awk -F'\t' -v variants="$VARIANTS" '
		function median(list,    n, v, i, j, t) {
			n = split(list, v, " ")
			if (n == 0) return ""
			for (i = 2; i <= n; i++) { t = v[i] + 0; for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
			return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		}
		{
			round = $1; name = $2
			value[name, round, "startup"] = $3 / 1000; value[name, round, "rps"] = $4
			value[name, round, "p50"] = $5; value[name, round, "p99"] = $6
			value[name, round, "rss"] = $7; value[name, round, "cpu"] = $8
			value[name, round, "spans"] = $9; value[name, round, "logs"] = $10
			value[name, round, "errors"] = $12; value[name, round, "metrics"] = $11
			seen[name, round] = 1
			if (!(round in rounds)) { rounds[round] = 1; order[++nrounds] = round }
		}
		END {
			nm = split("rps p50 p99 startup rss cpu", metric, " ")
			split("throughput (req/s)|p50 (ms)|p99 (ms)|startup to first 200 (s)|RSS (MiB)|CPU per request (us)", title, "|")
			nv = split(variants, names, " ")
			printf "| variant |"; for (m = 1; m <= nm; m++) printf " %s |", title[m]; printf " spans/request | log records/request | metric streams/run | errors |\n"
			printf "|---|"; for (m = 1; m <= nm + 4; m++) printf "---|"; printf "\n"
			for (i = 1; i <= nv; i++) {
				v = names[i]; printf "| %s |", v
				for (m = 1; m <= nm + 4; m++) {
					key = (m <= nm) ? metric[m] : (m == nm + 1 ? "spans" : (m == nm + 2 ? "logs" : (m == nm + 3 ? "metrics" : "errors")))
					list = ""
					for (r = 1; r <= nrounds; r++) if ((v, order[r]) in seen) list = list " " value[v, order[r], key]
					x = median(list)
					if (key == "errors") { n = split(list, e, " "); s = 0; for (k = 1; k <= n; k++) s += e[k]; printf " %d |", s }
					else if (key == "rps" || key == "rss" || key == "cpu" || key == "metrics") printf " %.0f |", x
					else printf " %.2f |", x
				}
				printf "\n"
			}
			printf "\nRatio to none, median of the rounds (each round in parentheses):\n\n"
			printf "| variant |"; for (m = 1; m <= nm; m++) printf " %s |", title[m]; printf "\n|---|"
			for (m = 1; m <= nm; m++) printf "---|"; printf "\n"
			for (i = 1; i <= nv; i++) {
				v = names[i]; if (v == "none") continue
				printf "| %s |", v
				for (m = 1; m <= nm; m++) {
					list = ""; rounds_text = ""
					for (r = 1; r <= nrounds; r++) {
						if (((v, order[r]) in seen) && (("none", order[r]) in seen) && value["none", order[r], metric[m]] > 0) {
							q = value[v, order[r], metric[m]] / value["none", order[r], metric[m]]
							list = list " " q; rounds_text = rounds_text (rounds_text == "" ? "" : " / ") sprintf("%.2f", q)
						}
					}
					if (list == "") printf " – |"; else printf " **%.2f** (%s) |", median(list), rounds_text
				}
				printf "\n"
			}
		}' "$TSV"
}

if [ "$SUMMARY_ONLY" = 1 ]; then
	sed 's/^/    /' "$OUT/machine.txt"
	echo
	summarize
	exit 0
fi
require_tools
if [ "$BUILD" = 1 ]; then
	build
fi
for variant in $VARIANTS; do
	case "$variant" in
		agent) [ -f "$OUT/opentelemetry-javaagent-$AGENT_VERSION.jar" ] && [ -f "$OUT/load-app-none.jar" ] ;;
		*) [ -f "$OUT/load-app-$variant.jar" ] ;;
	esac || { log "the $variant variant is not built: run without --no-build"; exit 1; }
done
describe_machine
start_servers
: >"$TSV"
log "load before: $(uptime)"
echo "load before: $(uptime)" >>"$OUT/machine.txt"
started=$(date +%s)
read -r -a order <<<"$VARIANTS"
skipped=0
for round in $(seq 1 "$ROUNDS"); do
	for i in "${!order[@]}"; do
		variant=${order[$(( (i + round - 1) % ${#order[@]} ))]}
		if [ $(( $(date +%s) - started )) -gt "$MAX_SECONDS" ]; then
			skipped=$(( skipped + 1 )); continue
		fi
		run_variant "$round" "$variant" || true
	done
done
log "load after: $(uptime)"
echo "load after: $(uptime)" >>"$OUT/machine.txt"
[ "$skipped" -gt 0 ] && log "skipped $skipped runs past the ${MAX_SECONDS}s bound"
{
	cat "$OUT/machine.txt" | sed 's/^/    /'
	echo
	summarize
} | tee "$SUMMARY"
