#!/usr/bin/env bash
# Start-up side by side (BENCHMARKS.md, "Start-up"): a one-row file against the standalone sandbox
# on 127.0.0.1, from the command to the exit, for each way of starting the tool, taken in turns
# (round 1 of each, then round 2 of each...) so that noise on the machine falls on all of them.
# Then one run of each with the framework's logging on, split into phases.
# Usage: bench/startup.sh [--runs N] [--java17 JAVA_HOME] [--java25 JAVA_HOME] [--before JAR]
# --before JAR adds "before-17": java -jar on Java 17 with an earlier build's jar, side by side.
# Needs: ./mvnw -B -q package -DskipTests (the jar and the distribution), bash, awk, date +%N.
set -euo pipefail

runs=5 java17="" java25="" before=""
while [ $# -gt 0 ]; do
	case "$1" in
		--runs) runs=$2; shift 2 ;;
		--java17) java17=$2; shift 2 ;;
		--java25) java25=$2; shift 2 ;;
		--before) before=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
		*) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
for home in /usr/lib/jvm/*; do
	m=$(major "$home")
	if [ -z "$java17" ] && [ "$m" = 17 ]; then java17=$home; fi
	if [ -z "$java25" ] && [ -n "$m" ] && [ "$m" -ge 25 ]; then java25=$home; fi
done
[ -n "$java17" ] || { echo "no Java 17 found: --java17 JAVA_HOME" >&2; exit 2; }

here=$(cd "$(dirname "$0")/.." && pwd)
jar=$here/target/seam-revoke-batch.jar
dist=$(ls "$here"/target/seam-revoke-batch-*.tar.gz 2>/dev/null | head -1)
[ -f "$jar" ] && [ -n "$dist" ] || { echo "no jar or distribution: run ./mvnw -B -q package -DskipTests first" >&2; exit 2; }
. "$here/bench/common.sh"
warn_without_class_list "$jar"

work=$(mktemp -d /tmp/seam-startup.XXXXXX)
sandbox_pid=""
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
tar xzf "$dist" -C "$work"
launcher=$(ls -d "$work"/seam-revoke-batch-*/bin/seam-revoke-batch)
export SEAM_REVOKE_CACHE=$work/cache

"$java17/bin/java" -cp "$jar" -Dloader.main=com.example.seamrevoke.cli.SandboxMain \
	org.springframework.boot.loader.launch.PropertiesLauncher > "$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^Sandbox: http' "$work/sandbox.log" && break; sleep 0.1; done
url=$(sed -n 's/^Sandbox: \(http[^ ]*\).*/\1/p' "$work/sandbox.log")
[ -n "$url" ] || { cat "$work/sandbox.log" >&2; exit 1; }
export SEAM_API_KEY=seam_sandbox_key SEAM_ENDPOINT=$url

# name|JAVA_HOME|how: "jar" is java -jar on the packaged jar, "launcher" is bin/seam-revoke-batch,
# "before" is java -jar on the --before jar
ways=("java-jar-17|$java17|jar" "launcher-17|$java17|launcher")
[ -n "$before" ] && ways=("before-17|$java17|before" "${ways[@]}")
[ -n "$java25" ] && ways+=("java-jar-25|$java25|jar" "launcher-25|$java25|launcher")

start() { # java_home how args...
	local home=$1 how=$2; shift 2
	if [ "$how" = jar ]; then
		"$home/bin/java" ${JAVA_OPTS:-} -jar "$jar" "$@"
	elif [ "$how" = before ]; then
		"$home/bin/java" ${JAVA_OPTS:-} -jar "$before" "$@"
	else
		JAVA_HOME=$home "$launcher" "$@"
	fi
}

row=0
one_row() { # a new file each time, so every run revokes (an existing job repository, as on a server)
	printf 'user_identity_id,device_id\n6513270e-269e-4d37-b2a7-4de452e6b438,892f902b-d23f-4824-928b-1%011x\n' "$row" \
		> "$work/input-$row.csv"
	echo "$work/input-$row.csv"
}
next_row() { row=$((row + 1)); }

for way in "${ways[@]}"; do
	IFS='|' read -r name home how <<< "$way"
	mkdir -p "$work/$name"
	if [ "$how" = launcher ]; then JAVA_HOME=$home "$launcher" --prepare > /dev/null 2>&1; fi
	# the job repository exists before the timed runs, as on any run after the first
	next_row
	(cd "$work/$name" && start "$home" "$how" --input="$(one_row)" > warm.log 2>&1) || true
done

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); one row; median of $runs, taken in turns"
for round in $(seq "$runs"); do
	for way in "${ways[@]}"; do
		IFS='|' read -r name home how <<< "$way"
		next_row
		input=$(one_row)
		t0=$(date +%s%N)
		(cd "$work/$name" && start "$home" "$how" --input="$input" > "run-$round.log" 2>&1) || true
		t1=$(date +%s%N)
		grep -q 'REVOKED 1' "$work/$name/run-$round.log" || { echo "$name did not revoke:" >&2; tail -5 "$work/$name/run-$round.log" >&2; }
		echo "$name $(( (t1 - t0) / 1000000 ))" >> "$work/times"
	done
done
printf '%-12s %8s %8s %8s   %s\n' way median min max 'all (ms)'
for way in "${ways[@]}"; do
	IFS='|' read -r name _ _ <<< "$way"
	awk -v n="$name" '$1 == n { print $2 }' "$work/times" | sort -n | awk -v n="$name" '
		{ v[NR] = $1; all = all " " $1 }
		END { printf "%-12s %7.2fs %7.2fs %7.2fs  %s\n", n, v[int((NR + 1) / 2)] / 1000, v[1] / 1000, v[NR] / 1000, all }'
done

# Phases of one more run each, from the framework's own log lines (times since the command
# started): the JVM (and the launcher) until Spring starts; the context, less the database; the
# database and its schema (the pool, then the schema check); the whole-file check and the claim until the job
# starts; the steps; the report and the summary; closing the context (and the database) and the
# exit. PHASES_LOGS=DIR keeps the logs of these runs.
logging=(--spring.main.log-startup-info=true --logging.level.com.example.seamrevoke.SeamRevokeBatchApplication=INFO
	--logging.level.com.zaxxer.hikari=INFO --logging.level.com.example.seamrevoke.database=INFO
	--logging.level.org.flywaydb.core=INFO
	--logging.level.org.springframework.batch.core=INFO --logging.level.org.springframework.batch.core.step=INFO
	--logging.level.org.springframework.batch.core.job=INFO "--logging.pattern.console=@%d{HH:mm:ss.SSS} %logger{0} %msg%n")
ms() { date +%H:%M:%S.%3N; }
echo
printf '%-12s %6s %8s %10s %12s %6s %7s %6s %7s\n' way JVM context 'db+schema' 'check+claim' steps report exit total
for way in "${ways[@]}"; do
	IFS='|' read -r name home how <<< "$way"
	next_row
	input=$(one_row)
	t0=$(ms)
	(cd "$work/$name" && start "$home" "$how" --input="$input" "${logging[@]}" > phases.log 2>&1) || true
	t1=$(ms)
	cp "$work/$name/phases.log" "${PHASES_LOGS:-$work}/phases-$name.log"
	awk -v t0="$t0" -v t1="$t1" -v n="$name" '
		function at(clock) { split(clock, p, ":"); return (p[1] * 3600 + p[2] * 60 + p[3]) * 1000 }
		/^@[0-9:.]+ / { t = at(substr($1, 2)) }
		/^@[0-9:.]+ SeamRevokeBatchApplication Starting/ { s = t }
		/^@[0-9:.]+ HikariDataSource .* Starting/ { d = t }
		/^@[0-9:.]+ (SchemaMigration Schema|DbValidate|DbMigrate|FlywayExecutor|JdbcTableSchemaHistory) / { f = t }
		/^@[0-9:.]+ SeamRevokeBatchApplication Started/ { r = t }
		/^@[0-9:.]+ TaskExecutorJobLauncher .* launched/ { j = t }
		/^@[0-9:.]+ AbstractStep Step: \[[A-Za-z]+\] executed/ { v = t }
		/^@[0-9:.]+ HikariDataSource .* Shutdown initiated/ { c = t }
		END {
			if (!s || !d || !f || !r || !j || !v || !c) { printf "%-12s (phases not found in its log)\n", n; exit }
			b = at(t0); e = at(t1)
			printf "%-12s %5.2fs %7.2fs %9.2fs %11.2fs %5.2fs %6.2fs %5.2fs %6.2fs\n", n, (s - b) / 1000,
				((r - s) - (f - d)) / 1000, (f - d) / 1000, (j - r) / 1000, (v - j) / 1000, (c - v) / 1000,
				(e - c) / 1000, (e - b) / 1000 }' "$work/$name/phases.log"
done
