#!/usr/bin/env bash
# Class Data Sharing for the packaged jar (docs/operations.md, "Faster start-up"): extracts the jar and has a
# training run against the embedded sandbox record every class it loads, so later runs map them
# from one archive instead of finding, loading and verifying them again (about 9.5 s -> 6 s on
# 2 cores, BENCHMARKS.md). Rebuild the archive after a new jar or a new JDK: the JVM ignores an
# archive that does not match them, with a warning, and starts the slow way.
# Usage: deploy/appcds.sh [JAR] [DIRECTORY]
#   then: java -XX:SharedArchiveFile=DIRECTORY/app.jsa -jar DIRECTORY/seam-revoke-batch.jar ...
set -euo pipefail

jar=${1:-target/seam-revoke-batch.jar}
directory=${2:-appcds}
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -q package -DskipTests first" >&2; exit 2; }

java -Djarmode=tools -jar "$jar" extract --force --destination "$directory" > /dev/null
directory=$(cd "$directory" && pwd)
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT

# one row against the sandbox: the context, the schema, the job, the report and the summary
printf 'user_identity_id,device_id\n6513270e-269e-4d37-b2a7-4de452e6b438,892f902b-d23f-4824-928b-2f330c5c7fd0\n' \
	> "$training/training.csv"
if ! (cd "$training" && java -XX:ArchiveClassesAtExit="$directory/app.jsa" -jar "$directory/$(basename "$jar")" \
	--sandbox --input=training.csv > training.log 2>&1); then
	cat "$training/training.log" >&2
	exit 1
fi
echo "java -XX:SharedArchiveFile=$directory/app.jsa -jar $directory/$(basename "$jar") ..."
