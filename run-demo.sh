#!/usr/bin/env bash
# Builds the three demo services and runs them on this machine, with embedded defaults: H2 for the
# inventory, an in-memory cache for the grocery store, and traces and log records printed to the
# console, unless OTEL_EXPORTER_OTLP_ENDPOINT is set (then they go there over OTLP). Ctrl-C stops
# all three.
#
#   ./run-demo.sh              build, then run
#   ./run-demo.sh --no-build   run the jars already built
#
# Ports: SHOPPER_PORT (8080), STORE_PORT (8081), INVENTORY_PORT (8082). JVM options: DEMO_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"

SHOPPER_PORT=${SHOPPER_PORT:-8080}
STORE_PORT=${STORE_PORT:-8081}
INVENTORY_PORT=${INVENTORY_PORT:-8082}
# C1 only and a small heap: the three start in seconds, and fit beside an IDE.
read -r -a JAVA_OPTS <<<"${DEMO_JAVA_OPTS:--Xmx256m -XX:TieredStopAtLevel=1}"
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}

say() { printf '\033[1m[demo]\033[0m %s\n' "$*"; }

if [[ "${1:-}" != "--no-build" ]]; then
  say "building the demo services (./mvnw package, tests skipped)"
  ./mvnw -q -B -DskipTests package -pl demo-inventory,demo-grocery-store,demo-shopper -am
fi

jar_of() {
  local jar
  jar=$(ls "$1"/target/"$1"-*.jar 2>/dev/null | head -n 1)
  [[ -n "$jar" ]] || { say "no jar in $1/target: run without --no-build"; exit 1; }
  printf '%s' "$jar"
}

for port in "$SHOPPER_PORT" "$STORE_PORT" "$INVENTORY_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "port $port is taken; stop what listens there, or set SHOPPER_PORT, STORE_PORT, INVENTORY_PORT"
    exit 1
  fi
done

if [[ -z "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]]; then
  # Metrics need no exporter here: /actuator/prometheus serves them.
  telemetry=(--otel.traces.exporter=console --otel.logs.exporter=console --otel.metrics.exporter=none)
  destination="the console (set OTEL_EXPORTER_OTLP_ENDPOINT to send them over OTLP instead)"
else
  telemetry=()
  destination="$OTEL_EXPORTER_OTLP_ENDPOINT over OTLP"
fi

names=()
pids=()
ports=()

stop() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    say "stopping ${names[*]}"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT TERM
trap stop EXIT

# Each line of a service's output is prefixed with its name, so the three can share a terminal.
start() { # name, port, module, arguments...
  local name=$1 port=$2 jar
  jar=$(jar_of "$3")
  shift 3
  java "${JAVA_OPTS[@]}" -jar "$jar" --server.port="$port" ${telemetry[@]+"${telemetry[@]}"} "$@" \
    > >(awk -v prefix="[$name] " '{ print prefix $0; fflush() }') 2>&1 &
  names+=("$name")
  pids+=($!)
  ports+=("$port")
}

start inventory "$INVENTORY_PORT" demo-inventory
start grocery-store "$STORE_PORT" demo-grocery-store --grocery.inventory-url="http://localhost:$INVENTORY_PORT"
start shopper "$SHOPPER_PORT" demo-shopper --shopper.store-url="http://localhost:$STORE_PORT"

deadline=$((SECONDS + STARTUP_TIMEOUT))
for i in "${!names[@]}"; do
  until curl -fs -o /dev/null "http://localhost:${ports[$i]}/actuator/health"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      say "${names[$i]} stopped while starting; its output is above"
      exit 1
    fi
    if ((SECONDS > deadline)); then
      say "${names[$i]} did not answer on port ${ports[$i]} within ${STARTUP_TIMEOUT}s"
      exit 1
    fi
    sleep 0.5
  done
done

cat <<EOF

$(say "the demo is up; traces and log records go to $destination")
  shopper        http://localhost:$SHOPPER_PORT        visits the store every 2 s; one visit now: curl -X POST localhost:$SHOPPER_PORT/visits
  grocery store  http://localhost:$STORE_PORT/products
  inventory      http://localhost:$INVENTORY_PORT/stock
  metrics        http://localhost:$SHOPPER_PORT/actuator/prometheus  (and on $STORE_PORT, $INVENTORY_PORT: span metrics, exemplars with
                 -H 'Accept: application/openmetrics-text; version=1.0.0')
  Each visit is one trace: its id is in the [trace id-span id] of the log lines of all three services.
  Ctrl-C stops all three.

EOF

# Runs until Ctrl-C, or until one service stops by itself, which stops the other two.
set +e
wait -n "${pids[@]}"
say "a service stopped by itself; its output is above"
exit 1
