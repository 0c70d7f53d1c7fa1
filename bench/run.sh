#!/usr/bin/env bash
# Side-by-side benchmark on loopback (BENCHMARKS.md): generates N rows, starts the sandbox with the
# given latency and limit, then runs against that same sandbox, one after the other:
#   the jar at concurrency 1, the jar with its defaults, the jar tuned, and xargs -P16 + curl.
# Usage: bench/run.sh [--rows N] [--latency MS|MIN..MAX|MEAN~SD] [--limit REQ_PER_S] [--retry-after S|none]
#                     [--xmx SIZE] [--only jar-c1,jar-defaults,jar-tuned,curl] [--tuned "ARGS"] [--warm-up N]
# --warm-up N sends N rows through the stand-in first (the jar, tuned, not timed): a stand-in just
# started answers its first thousands of calls slower while its own JIT compiles, which a short
# run would otherwise count as its own; Seam is not a JVM that just started.
# Needs: the packaged jar (./mvnw -B -q package -DskipTests), java, curl, xargs, /usr/bin/time.
# JAR=... picks another jar; JAVA_OPTS goes to the jar's JVM, SANDBOX_JAVA_OPTS to the stand-in's.
# LAUNCHER=<unpacked distribution>/bin/seam-revoke-batch runs the jar runs through the distribution's
# launcher (its archive prepared first, JAVA_OPTS passed on) instead of java -jar.
set -euo pipefail

rows=2000 latency=50 limit=0 retry_after=1 xmx="" only="jar-c1,jar-defaults,jar-tuned,curl" warm_up=0
tuned="--revoke.concurrency=16 --revoke.chunk-size=200 --revoke.read-ahead=128"
while [ $# -gt 0 ]; do
	case "$1" in
		--rows) rows=$2; shift 2 ;;
		--latency) latency=$2; shift 2 ;;
		--limit) limit=$2; shift 2 ;;
		--retry-after) retry_after=$2; shift 2 ;;
		--xmx) xmx=$2; shift 2 ;;
		--only) only=$2; shift 2 ;;
		--tuned) tuned=$2; shift 2 ;;
		--warm-up) warm_up=$2; shift 2 ;;
		*) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done

here=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$here/target/seam-revoke-batch.jar}
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -q package -DskipTests first" >&2; exit 2; }
. "$here/bench/common.sh"
warn_without_class_list "$jar"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }

work=$(mktemp -d /tmp/seam-bench.XXXXXX)
sandbox_pid=""
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# N distinct valid pairs: one user identity, devices numbered in hex. The leading 1 of the last
# group keeps them clear of the sandbox's documented failing ids (...000000000404 and so on).
generate() {
	awk -v n="$1" -v seed="$2" 'BEGIN { print "user_identity_id,device_id"; seed = seed % 4294967296
		for (i = 1; i <= n; i++) printf "6513270e-269e-4d37-b2a7-1%011x,%08x-0000-4000-8000-1%011x\n", seed, seed, i }' > "$3"
}

SEAM_SANDBOX_LATENCY_MS=$latency SEAM_SANDBOX_RATE_LIMIT=$limit SEAM_SANDBOX_RETRY_AFTER=$retry_after \
	java -Xshare:auto ${SANDBOX_JAVA_OPTS:-} -cp "$jar" -Dloader.main=com.example.seamrevoke.cli.SandboxMain \
	org.springframework.boot.loader.launch.PropertiesLauncher > "$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^Sandbox: http' "$work/sandbox.log" && break; sleep 0.1; done
url=$(sed -n 's/^Sandbox: \(http[^ ]*\).*/\1/p' "$work/sandbox.log")
[ -n "$url" ] || { cat "$work/sandbox.log" >&2; exit 1; }
calls() { curl -s "$url/_sandbox/stats" | sed 's/.*"calls":\([0-9]*\).*/\1/'; }
throttled() { curl -s "$url/_sandbox/stats" | sed 's/.*"throttled_429":\([0-9]*\).*/\1/'; }

# The stand-in's own answer time, as curl sees it (request sent to first byte; the median of 20
# calls one at a time, after 10 that warm the server up): the latency asked for plus what the
# server and loopback add. The second ratio (ratio@m) uses it.
measured_latency() {
	local body='{"user_identity_id":"6513270e-269e-4d37-b2a7-4de452e6b438","device_id":"892f902b-d23f-4824-928b-2f330c5c7fd0"}'
	for _ in $(seq 30); do
		curl -s -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}\n' -X POST \
			-H "Authorization: Bearer seam_sandbox_key" -H "Content-Type: application/json" -d "$body" \
			"$url/user_identities/revoke_access_to_device"
	done | tail -n 20 | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' | sort -n | sed -n 10p
}
if [ "$warm_up" -gt 0 ]; then
	generate "$warm_up" "$RANDOM$RANDOM" "$work/warm-up.csv"
	# shellcheck disable=SC2086
	( cd "$work" && SEAM_API_KEY=seam_sandbox_key SEAM_ENDPOINT=$url timeout 3600 java -jar "$jar" \
		--input="$work/warm-up.csv" --report="$work/warm-up.report.csv" $tuned > "$work/warm-up.txt" 2>&1 ) || true
fi
rtt=$(measured_latency)
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(sed -n 's/^Sandbox: //p' "$work/sandbox.log"); measured answer time ${rtt} ms$([ "$warm_up" -gt 0 ] && echo "; the stand-in warmed up with $warm_up rows, not timed")"
printf '%-14s %4s %7s %9s %9s %6s %7s %6s %7s %8s %8s %9s %8s  %s\n' run c rows 'rows/s' limit ratio 'ratio@m' 429s retries 'wall s' 'job s' 'startup s' 'RSS MB' outcomes

# limit for a concurrency: min(rate limit, c / latency); latency taken as its mean (or $2)
ceiling() {
	awk -v c="$1" -v lat="${2:-$latency}" -v lim="$limit" 'BEGIN {
		split(lat, p, /\.\.|~/); mean = (lat ~ /\.\./) ? (p[1] + p[2]) / 2 : p[1]
		l = (mean > 0) ? c * 1000 / mean : 0
		if (lim > 0 && (l == 0 || lim < l)) l = lim
		if (l == 0) print "-"; else printf "%.0f", l }'
}

report() { # name c rows wall job_seconds rss_kb calls_before throttled_before outcomes [rows done]
	local name=$1 c=$2 n=$3 wall=$4 job=$5 rss=$6 c0=$7 t0=$8 outcomes=$9 done=${10:-$3}
	local c1 t1 lim measured
	c1=$(calls); t1=$(throttled); lim=$(ceiling "$c")
	measured=$(ceiling "$c" "$([ "$latency" = 0 ] && echo 0 || echo "$rtt")")
	awk -v name="$name" -v c="$c" -v n="$n" -v wall="$wall" -v job="$job" -v rss="$rss" -v calls=$((c1 - c0)) \
		-v thr=$((t1 - t0)) -v lim="$lim" -v out="$outcomes" -v done="$done" -v m="$measured" 'BEGIN {
		rate = done / job; ratio = (lim == "-") ? "-" : sprintf("%.1f%%", 100 * rate / lim)
		ratiom = (m == "-") ? "-" : sprintf("%.1f%%", 100 * rate / m)
		printf "%-14s %4d %7d %9.1f %9s %6s %7s %6d %7d %8.1f %8.2f %9.1f %8.0f  %s\n", name, c, n, rate, lim, ratio, ratiom, thr,
			calls - n, wall, job, wall - job, rss / 1024, out }'
}

# how a jar run starts: java -jar, or the distribution's launcher with the same JVM options
if [ -n "${LAUNCHER:-}" ]; then
	JAVA_OPTS="${xmx:+-Xmx$xmx} ${JAVA_OPTS:-}" "$LAUNCHER" --prepare > "$work/prepare.txt" 2>&1 || { cat "$work/prepare.txt" >&2; exit 1; }
	export JAVA_OPTS="${xmx:+-Xmx$xmx} ${JAVA_OPTS:-}"
	start=("$LAUNCHER")
else
	# shellcheck disable=SC2206
	start=(java ${xmx:+-Xmx$xmx} ${JAVA_OPTS:-} -jar "$jar")
fi

run_jar() { # name concurrency rows extra-args...
	local name=$1 c=$2 n=$3; shift 3
	local input=$work/$name.csv dir=$work/$name c0 t0
	mkdir -p "$dir"
	generate "$n" "$RANDOM$RANDOM" "$input"
	c0=$(calls); t0=$(throttled)
	( cd "$dir" && SEAM_API_KEY=seam_sandbox_key SEAM_ENDPOINT=$url timeout 3600 /usr/bin/time -v -o "$dir/time.txt" \
		"${start[@]}" --input="$input" --report="$dir/report.csv" --summary-json="$dir/summary.json" "$@" \
		> "$dir/out.txt" 2>&1 ) || true
	local wall rss job outcomes
	wall=$(awk -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$dir/time.txt")
	rss=$(awk -F': ' '/Maximum resident/ { print $2 }' "$dir/time.txt")
	# the run's own duration in milliseconds (the summary table shows tenths of a second)
	job=$(sed -n 's/^ *"durationSeconds" : \([0-9.]*\),*$/\1/p' "$dir/summary.json" 2>/dev/null | tail -1)
	outcomes=$(sed -n 's/^Execution [0-9]* \([A-Z]*\): [0-9]* rows (\(.*\))$/\1 \2/p' "$dir/out.txt" | tail -1)
	[ -n "$job" ] || { echo "$name did not finish:" >&2; tail -5 "$dir/out.txt" >&2; return; }
	report "$name" "$c" "$n" "$wall" "$job" "$rss" "$c0" "$t0" "$outcomes"
}

run_curl() {
	local n=$1 input=$work/curl.csv c0 t0 start end
	generate "$n" "$RANDOM$RANDOM" "$input"
	c0=$(calls); t0=$(throttled)
	start=$(date +%s.%N)
	tail -n +2 "$input" | timeout 3600 xargs -P16 -I{} sh -c 'IFS=, read u d <<X
{}
X
curl -s -o /dev/null -w "%{http_code}\n" -X POST -H "Authorization: Bearer seam_sandbox_key" \
	-H "Content-Type: application/json" -d "{\"user_identity_id\":\"$u\",\"device_id\":\"$d\"}" \
	'"$url"'/user_identities/revoke_access_to_device' > "$work/curl.codes" || true
	end=$(date +%s.%N)
	local ok wall
	ok=$(grep -c '^200$' "$work/curl.codes" || true)
	wall=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
	# rows/s counts the rows revoked (HTTP 200); a lost row is not throughput
	report "curl-xargs16" 16 "$n" "$wall" "$wall" 0 "$c0" "$t0" "200: $ok, lost: $((n - ok))" "$ok"
}

small=$(( rows / 10 > 100 ? rows / 10 : (rows < 100 ? rows : 100) ))
case ",$only," in *,jar-c1,*) run_jar jar-c1 1 "$small" --revoke.concurrency=1 ;; esac
case ",$only," in *,jar-defaults,*) run_jar jar-defaults 8 "$rows" ;; esac
# shellcheck disable=SC2086
case ",$only," in *,jar-tuned,*) run_jar jar-tuned "$(sed -n 's/.*--revoke.concurrency=\([0-9]*\).*/\1/p' <<< "$tuned")" "$rows" $tuned ;; esac
case ",$only," in *,curl,*) run_curl "$rows" ;; esac
echo "# sandbox totals: $(curl -s "$url/_sandbox/stats")"
