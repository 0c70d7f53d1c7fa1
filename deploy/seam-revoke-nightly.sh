#!/bin/sh
# The nightly run (docs/operations.md, "Running it nightly"): every new *.csv in inbox/ as its own job,
# each moved to archive/ once completed, last-run.json for monitoring. Extra arguments are
# passed on (settings such as --revoke.concurrency=4).
set -eu

: "${SEAM_REVOKE_HOME:=/var/lib/seam-revoke}"          # inbox/, archive/, reports/, data/ (job repository)
: "${SEAM_REVOKE_JAR:=/opt/seam-revoke/seam-revoke-batch.jar}"
: "${JAVA:=java}"
# The distribution's launcher instead of java -jar (docs/install.md): the faster start, kept in
# SEAM_REVOKE_CACHE, for example /var/lib/seam-revoke/cache.
: "${SEAM_REVOKE_LAUNCHER:=}"

# The key comes from a file readable by this user only (systemd: a credential), never the command line.
if [ -z "${SEAM_API_KEY:-}" ]; then
	key_file="${SEAM_API_KEY_FILE:-${CREDENTIALS_DIRECTORY:-/etc/seam-revoke}/api-key}"
	if [ -r "$key_file" ]; then
		SEAM_API_KEY=$(cat "$key_file")
		export SEAM_API_KEY
	fi
fi

cd "$SEAM_REVOKE_HOME"
mkdir -p inbox archive
set -- --input=inbox --archive-to=archive --summary-json=last-run.json "$@"
if [ -n "$SEAM_REVOKE_LAUNCHER" ]; then
	exec "$SEAM_REVOKE_LAUNCHER" "$@"
fi
exec "$JAVA" -jar "$SEAM_REVOKE_JAR" "$@"
