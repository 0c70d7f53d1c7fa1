# Sourced by the bench scripts.

# A jar built with -Dmaven.antrun.skip (or before the list existed) has no class list: its
# `java -jar` start-up then times slower than a release's (cli.ClassPreload, docs/install.md).
warn_without_class_list() { # jar
	grep -qa 'META-INF/seam-revoke-batch/classes.txt' "$1" ||
		echo "# note: $1 has no class list (built with -Dmaven.antrun.skip?): its java -jar start-up is not a release's" >&2
}
