#!/usr/bin/env bash
# The load harness: one application (benchmarks/load-app), four variants, measured side by side.
#
#   none      no instrumentation
#   starter   our starter
#   agent     the none jar with the OpenTelemetry Java agent (from Maven Central)
#   upstream  the upstream opentelemetry-spring-boot-starter
#
# A shared VM drifts by a factor of two over minutes, far more than the variants differ, so the
# variants are measured in short interleaved bursts rather than one long run each:
#
# 1. Startup, in rounds: each variant is launched alone and timed from the launch to the first 200
#    of /work, then stopped; the order rotates by one per round.
# 2. Load: all variants are started (one after the other) and stay up side by side, each on its
#    own port and with its own OTLP receiver. Each gets a short warm-up alone, in turn. Then, in
#    rotations, each variant gets one wrk burst while the others sit idle; the order rotates by
#    one per rotation. A variant is compared with the none burst of the same rotation, seconds
#    apart, so that drift hits both alike; the report gives the median of those per-rotation
#    ratios and their interquartile range. For each burst: throughput, p50, p99, and the CPU time
#    the application spent per request (utime + stime of its process over the burst). The CPU the
#    idle neighbours spent during a burst is reported too, as a check that they stayed idle.
#    On one core C2 keeps compiling for minutes, longer for an instrumented application, and a
#    shared VM's speed drifts meanwhile, so no warm-up rule run one variant at a time can tell
#    "warm" from "the machine got faster". The rotations themselves finish the warm-up instead,
#    with every variant under the same conditions: the headline is the last third of them, and
#    the report shows each third, so that a ratio still moving is visible.
# 3. After the last rotation: each variant's RSS, then SIGTERM (which flushes its SDK), then what
#    its receiver counted, per request served.
#
# The applications are pinned to one core, wrk and the local servers (REST stub, discarding OTLP
# receivers) to another.
#
# Usage: benchmarks/load/run.sh [--rotations N] [--burst SECONDS] [--warmup SECONDS]
#                               [--startups N] [--connections N]
#                               [--variants "none starter agent upstream"]
#                               [--no-build] [--summary-only]
# --summary-only prints the tables again from the last run's files, without running anything.
# Writes benchmarks/load/target/{bursts,startups,variants}.tsv, machine.txt and results.md, and
# prints the summary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/load"
OUT="${LOAD_OUT:-$HERE/target}"

ROTATIONS=45
BURST=8
# Between two bursts: lets the previous variant's exporters send what its last burst left, so that
# it is not billed to the next variant's burst.
PAUSE=2
# Per variant, alone, before the rotations: past the interpreter and C1. The rotations finish it.
WARMUP=60
STARTUPS=3
CONNECTIONS=16
VARIANTS="none starter agent upstream"
BUILD=1
SUMMARY_ONLY=0
AGENT_VERSION="${AGENT_VERSION:-2.31.1}"
APP_CPU="${APP_CPU:-1}"
LOADGEN_CPU="${LOADGEN_CPU:-0}"
# Variant i (0-based, in the order of --variants) listens on APP_PORT + i and exports to
# OTLP_PORT + i.
APP_PORT="${APP_PORT:-18080}"
STUB_PORT="${STUB_PORT:-18090}"
OTLP_PORT="${OTLP_PORT:-14318}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-6379}"
# One heap size for all: RSS is then comparable. One core means the JVM picks the Serial GC.
APP_JVM_OPTS="${APP_JVM_OPTS:--Xmx512m}"
STARTUP_TIMEOUT=180
# A bound on the whole run, from its start: rotations that would start past it are skipped (and
# reported).
MAX_SECONDS="${MAX_SECONDS:-3600}"

while [ $# -gt 0 ]; do
	case "$1" in
		--rotations) ROTATIONS="$2"; shift 2 ;;
		--burst) BURST="$2"; shift 2 ;;
		--warmup) WARMUP="$2"; shift 2 ;;
		--startups) STARTUPS="$2"; shift 2 ;;
		--connections) CONNECTIONS="$2"; shift 2 ;;
		--variants) VARIANTS="$2"; shift 2 ;;
		--no-build) BUILD=0; shift ;;
		--summary-only) SUMMARY_ONLY=1; shift ;;
		*) echo "unknown option: $1" >&2; exit 2 ;;
	esac
done

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

mkdir -p "$OUT/logs"
BURSTS="$OUT/bursts.tsv"
STARTUP_TSV="$OUT/startups.tsv"
VARIANT_TSV="$OUT/variants.tsv"
SUMMARY="$OUT/results.md"
read -r -a NAMES <<<"$VARIANTS"

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

index_of() { # variant -> its 0-based position in --variants
	local i
	for i in "${!NAMES[@]}"; do
		[ "${NAMES[$i]}" = "$1" ] && { echo "$i"; return 0; }
	done
	return 1
}
app_port() { echo $(( APP_PORT + $(index_of "$1") )); }
otlp_port() { echo $(( OTLP_PORT + $(index_of "$1") )); }

SERVERS_PID=""
declare -A PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	[ -n "$SERVERS_PID" ] && kill "$SERVERS_PID" 2>/dev/null || true
}
trap cleanup EXIT
trap "exit 130" INT TERM

start_servers() {
	local ports=() variant
	for variant in "${NAMES[@]}"; do ports+=("$(otlp_port "$variant")"); done
	log "starting the REST stub (:$STUB_PORT) and the discarding OTLP receivers (:${ports[*]}) on core $LOADGEN_CPU"
	taskset -c "$LOADGEN_CPU" java -Xmx256m -XX:TieredStopAtLevel=1 "$HERE/LocalServers.java" \
		"$STUB_PORT" "${ports[@]}" >"$OUT/logs/servers.log" 2>&1 &
	SERVERS_PID=$!
	for _ in $(seq 1 100); do
		curl -sf "http://127.0.0.1:${ports[-1]}/stats" >/dev/null 2>&1 && return 0
		sleep 0.2
	done
	log "the local servers did not start"; cat "$OUT/logs/servers.log" >&2; exit 1
}

# Items (spans, metric streams, log records) a variant's receiver has counted: "traces metrics logs".
receiver_items() {
	curl -sf "http://127.0.0.1:$(otlp_port "$1")/stats" |
		awk '{ items[$1] = $4 } END { print items["traces"] + 0, items["metrics"] + 0, items["logs"] + 0 }'
}

# Every traced variant samples everything and exports all it can, over OTLP/HTTP, to its receiver.
otel_env() { # variant
	echo OTEL_SERVICE_NAME=load-app \
		OTEL_TRACES_SAMPLER=always_on \
		OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$(otlp_port "$1")" \
		OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
		OTEL_TRACES_EXPORTER=otlp \
		OTEL_METRICS_EXPORTER=otlp \
		OTEL_LOGS_EXPORTER=otlp \
		OTEL_METRIC_EXPORT_INTERVAL=10000
}

launch() { # variant, log file; sets PIDS[variant]
	local variant=$1 logfile=$2 jar agent=() environment=()
	case "$variant" in
		none) jar="$OUT/load-app-none.jar" ;;
		starter | upstream) jar="$OUT/load-app-$variant.jar"; read -r -a environment <<<"$(otel_env "$variant")" ;;
		agent)
			jar="$OUT/load-app-none.jar"
			agent=("-javaagent:$OUT/opentelemetry-javaagent-$AGENT_VERSION.jar")
			read -r -a environment <<<"$(otel_env "$variant")"
			;;
		*) log "unknown variant $variant"; exit 2 ;;
	esac
	# shellcheck disable=SC2086
	env "${environment[@]}" taskset -c "$APP_CPU" java $APP_JVM_OPTS "${agent[@]}" -jar "$jar" \
		--server.port="$(app_port "$variant")" --load.stub-url="http://127.0.0.1:$STUB_PORT" \
		--spring.data.redis.host="$REDIS_HOST" --spring.data.redis.port="$REDIS_PORT" >"$logfile" 2>&1 &
	PIDS[$variant]=$!
}

# Launches a variant and waits for its first 200; sets STARTUP_MS to the milliseconds that took.
# (Not printed: a command substitution would run it in a subshell and lose PIDS.)
STARTUP_MS=0
start_variant() { # variant, log file
	local variant=$1 code="" t0 t1 deadline
	t0=$(date +%s%N)
	launch "$variant" "$2"
	deadline=$(( $(date +%s) + STARTUP_TIMEOUT ))
	while [ "$(date +%s)" -lt "$deadline" ]; do
		code=$(taskset -c "$LOADGEN_CPU" curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(app_port "$variant")/work" || true)
		[ "$code" = 200 ] && break
		kill -0 "${PIDS[$variant]}" 2>/dev/null || break
		sleep 0.02
	done
	t1=$(date +%s%N)
	if [ "$code" != 200 ]; then
		log "$variant did not answer 200 (last: $code); see $2"
		return 1
	fi
	STARTUP_MS=$(( (t1 - t0) / 1000000 ))
}

stop_variant() { # variant
	local pid=${PIDS[$1]:-}
	[ -z "$pid" ] && return 0
	kill "$pid" 2>/dev/null || true
	for _ in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.2
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	unset "PIDS[$1]"
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

run_wrk() { # variant, seconds, output file
	taskset -c "$LOADGEN_CPU" wrk -t1 -c"$CONNECTIONS" -d"$2s" --timeout 10s --latency \
		"http://127.0.0.1:$(app_port "$1")/work" >"$3"
}

wrk_requests() { awk '/requests in/ { print $1 }' "$1"; }
wrk_errors() {
	awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

declare -A SERVED=() ERRORS=()

burst() { # rotation, variant
	local rotation=$1 variant=$2 wrk="$OUT/logs/rotation$1-$2.wrk.txt" hz pid ticks0 ticks1 others0 others1
	local name rps p50 p99 requests errors cpu_us others_pct
	hz=$(getconf CLK_TCK)
	pid=${PIDS[$variant]}
	sleep "$PAUSE"
	others0=0
	for name in "${!PIDS[@]}"; do [ "$name" != "$variant" ] && others0=$(( others0 + $(cpu_ticks "${PIDS[$name]}") )); done
	ticks0=$(cpu_ticks "$pid")
	run_wrk "$variant" "$BURST" "$wrk"
	ticks1=$(cpu_ticks "$pid")
	others1=0
	for name in "${!PIDS[@]}"; do [ "$name" != "$variant" ] && others1=$(( others1 + $(cpu_ticks "${PIDS[$name]}") )); done
	rps=$(awk '/^Requests\/sec:/ { print $2 }' "$wrk")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$wrk")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$wrk")")
	requests=$(wrk_requests "$wrk")
	errors=$(wrk_errors "$wrk")
	SERVED[$variant]=$(( ${SERVED[$variant]:-0} + requests ))
	ERRORS[$variant]=$(( ${ERRORS[$variant]:-0} + errors ))
	cpu_us=$(awk -v t="$(( ticks1 - ticks0 ))" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0 }')
	others_pct=$(awk -v t="$(( others1 - others0 ))" -v hz="$hz" -v s="$BURST" 'BEGIN { printf "%.1f", t * 100 / hz / s }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rotation" "$variant" "$rps" "$p50" "$p99" "$cpu_us" "$others_pct" "$errors" >>"$BURSTS"
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
		echo "settings: $STARTUPS startup rounds; ${WARMUP}s warm-up per variant; $ROTATIONS rotations of ${BURST}s bursts (${PAUSE}s apart); $CONNECTIONS connections; applications on core $APP_CPU ($APP_JVM_OPTS), wrk and local servers on core $LOADGEN_CPU"
	} >"$OUT/machine.txt"
}

# The tables: medians, then ratios to none (median and interquartile range of the per-rotation or
# per-round ratios), then the first and second half of the rotations apart.
summarize() {
	awk -F'\t' -v variants="$VARIANTS" '
		function sort(v, n,    i, j, t) {
			for (i = 2; i <= n; i++) { t = v[i] + 0; for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
		}
		function quantile(list, q,    n, v, p, lo) {
			n = split(list, v, " ")
			if (n == 0) return ""
			sort(v, n)
			p = 1 + (n - 1) * q; lo = int(p)
			return (lo >= n) ? v[n] : v[lo] + (p - lo) * (v[lo + 1] - v[lo])
		}
		function ratios(v, key, from, to,    r, list) {
			list = ""
			for (r = from; r <= to; r++)
				if (((v, r) in seen) && (("none", r) in seen) && value["none", r, key] > 0)
					list = list " " value[v, r, key] / value["none", r, key]
			return list
		}
		function cell(list, digits) {
			if (list == "") return " – |"
			return sprintf(" **%.2f** (%.2f–%.2f) |", quantile(list, 0.5), quantile(list, 0.25), quantile(list, 0.75))
		}
		FILENAME ~ /startups/ {
			value[$2, "s" $1, "startup"] = $3 / 1000; seen[$2, "s" $1] = 1
			if ($1 + 0 > nstartups) nstartups = $1 + 0
			next
		}
		FILENAME ~ /variants/ {
			rss[$1] = $2; spans[$1] = $3; logs[$1] = $4; metrics[$1] = $5; errors[$1] = $6; served[$1] = $7
			next
		}
		{
			r = $1 + 0; v = $2
			value[v, r, "rps"] = $3; value[v, r, "p50"] = $4; value[v, r, "p99"] = $5
			value[v, r, "cpu"] = $6; value[v, r, "others"] = $7; seen[v, r] = 1
			if (r > nrotations) nrotations = r
		}
		END {
			nv = split(variants, names, " ")
			split("rps p50 p99 cpu", metric, " ")
			split("throughput (req/s)|p50 (ms)|p99 (ms)|CPU per request (µs)", title, "|")
			# The headline: the last third of the rotations, when the rotations have finished the warm-up.
			third = int(nrotations / 3); from = nrotations - third + 1
			if (third == 0) from = 1
			printf "Bursts: rotations %d to %d (the last third; all rotations in the last table). Startup: all rounds.\n\n", from, nrotations
			printf "| variant | throughput (req/s) | p50 (ms) | p99 (ms) | CPU per request (µs) | startup to first 200 (s) | RSS (MiB) | idle neighbours'"'"' CPU during its bursts | spans/request | log records/request | metric streams | requests | errors |\n"
			printf "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
			for (i = 1; i <= nv; i++) {
				v = names[i]; printf "| %s |", v
				for (m = 1; m <= 4; m++) {
					list = ""; for (r = from; r <= nrotations; r++) if ((v, r) in seen) list = list " " value[v, r, metric[m]]
					printf (m == 1 || m == 4) ? " %.0f |" : " %.2f |", quantile(list, 0.5)
				}
				list = ""; for (s = 1; s <= nstartups; s++) if ((v, "s" s) in seen) list = list " " value[v, "s" s, "startup"]
				printf " %.2f |", quantile(list, 0.5)
				list = ""; for (r = from; r <= nrotations; r++) if ((v, r) in seen) list = list " " value[v, r, "others"]
				printf " %d | %.1f%% | %.2f | %.2f | %d | %d | %d |\n", rss[v], quantile(list, 0.5), spans[v], logs[v], metrics[v], served[v], errors[v]
			}
			printf "\nRatio to none: the median of the per-rotation ratios (per-round for startup), with their interquartile range:\n\n"
			printf "| variant | throughput | p50 | p99 | CPU per request | startup to first 200 | RSS |\n|---|---|---|---|---|---|---|\n"
			for (i = 1; i <= nv; i++) {
				v = names[i]; if (v == "none") continue
				printf "| %s |", v
				for (m = 1; m <= 4; m++) printf "%s", cell(ratios(v, metric[m], from, nrotations))
				list = ""
				for (s = 1; s <= nstartups; s++)
					if (((v, "s" s) in seen) && (("none", "s" s) in seen)) list = list " " value[v, "s" s, "startup"] / value["none", "s" s, "startup"]
				printf "%s", cell(list)
				if (rss["none"] > 0) printf " **%.2f** |\n", rss[v] / rss["none"]; else printf " – |\n"
			}
			printf "\nThe ratios by third of the rotations (a ratio that still moves between thirds means a variant was still warming up):\n\n"
			printf "| variant | rotations | throughput | p99 | CPU per request |\n|---|---|---|---|---|\n"
			for (i = 1; i <= nv; i++) {
				v = names[i]; if (v == "none") continue
				for (t = 0; t < 3; t++) {
					lo = 1 + t * third; hi = (t == 2) ? nrotations : ((t == 1) ? from - 1 : third)
					if (t == 2) lo = from
					if (hi < lo) continue
					printf "| %s | %d–%d |%s%s%s\n", v, lo, hi, cell(ratios(v, "rps", lo, hi)), cell(ratios(v, "p99", lo, hi)), cell(ratios(v, "cpu", lo, hi))
				}
			}
		}' "$STARTUP_TSV" "$VARIANT_TSV" "$BURSTS"
}

print_summary() {
	{
		sed 's/^/    /' "$OUT/machine.txt"
		echo
		summarize
	} | tee "$SUMMARY"
}

if [ "$SUMMARY_ONLY" = 1 ]; then
	print_summary
	exit 0
fi
[ "${NAMES[0]:-}" = none ] || { log "--variants must start with none, the reference"; exit 2; }
require_tools
if [ "$BUILD" = 1 ]; then
	build
fi
for variant in "${NAMES[@]}"; do
	case "$variant" in
		agent) [ -f "$OUT/opentelemetry-javaagent-$AGENT_VERSION.jar" ] && [ -f "$OUT/load-app-none.jar" ] ;;
		*) [ -f "$OUT/load-app-$variant.jar" ] ;;
	esac || { log "the $variant variant is not built: run without --no-build"; exit 1; }
done
describe_machine
start_servers
: >"$BURSTS"; : >"$STARTUP_TSV"; : >"$VARIANT_TSV"
log "load before: $(uptime)"
echo "load before: $(uptime)" >>"$OUT/machine.txt"
started=$(date +%s)
count=${#NAMES[@]}

# 1. Startup, each variant alone.
for round in $(seq 1 "$STARTUPS"); do
	for i in "${!NAMES[@]}"; do
		variant=${NAMES[$(( (i + round - 1) % count ))]}
		if start_variant "$variant" "$OUT/logs/startup$round-$variant.log"; then
			printf '%s\t%s\t%s\n' "$round" "$variant" "$STARTUP_MS" >>"$STARTUP_TSV"
			log "startup round $round: $variant answered after $STARTUP_MS ms"
		fi
		stop_variant "$variant"
	done
done

# 2. Load: all up side by side, each warmed up alone, then the rotations of bursts.
declare -A BEFORE=()
for variant in "${NAMES[@]}"; do
	BEFORE[$variant]=$(receiver_items "$variant")
	start_variant "$variant" "$OUT/logs/load-$variant.log" || exit 1
	SERVED[$variant]=1
done
for variant in "${NAMES[@]}"; do
	log "warming up $variant for ${WARMUP}s"
	run_wrk "$variant" "$WARMUP" "$OUT/logs/warmup-$variant.wrk.txt"
	SERVED[$variant]=$(( SERVED[$variant] + $(wrk_requests "$OUT/logs/warmup-$variant.wrk.txt") ))
	ERRORS[$variant]=$(wrk_errors "$OUT/logs/warmup-$variant.wrk.txt")
done
skipped=0
for rotation in $(seq 1 "$ROTATIONS"); do
	if [ $(( $(date +%s) - started )) -gt "$MAX_SECONDS" ]; then
		skipped=$(( skipped + 1 )); continue
	fi
	for i in "${!NAMES[@]}"; do
		burst "$rotation" "${NAMES[$(( (i + rotation - 1) % count ))]}"
	done
	log "rotation $rotation: $(awk -F'\t' -v r="$rotation" '$1 == r { printf "%s %s req/s  ", $2, $3 }' "$BURSTS")"
done
[ "$skipped" -gt 0 ] && log "skipped $skipped rotations past the ${MAX_SECONDS}s bound"

# 3. RSS, then stop (flushing each SDK), then what each receiver counted.
for variant in "${NAMES[@]}"; do
	rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/${PIDS[$variant]}/status")
	stop_variant "$variant"
	read -r -a before <<<"${BEFORE[$variant]}"
	read -r -a after <<<"$(receiver_items "$variant")"
	printf '%s\t%s\t%s\n' "$variant" "$(( rss_kb / 1024 ))" "$(awk -v n="${SERVED[$variant]}" \
		-v s="$(( after[0] - before[0] ))" -v m="$(( after[1] - before[1] ))" -v l="$(( after[2] - before[2] ))" \
		-v e="${ERRORS[$variant]:-0}" 'BEGIN { printf "%.2f\t%.2f\t%d\t%d\t%d", s / n, l / n, m, e, n }')" >>"$VARIANT_TSV"
done
log "load after: $(uptime)"
echo "load after: $(uptime)" >>"$OUT/machine.txt"
print_summary
