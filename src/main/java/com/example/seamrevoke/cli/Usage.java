package com.example.seamrevoke.cli;

/** The {@code --help} text. */
final class Usage {

	public static final String TEXT = """
			seam-revoke-batch: revoke (user identity, device) access pairs through Seam, from a CSV.

			Usage:
			  java -jar target/seam-revoke-batch.jar --input=FILE [--report=FILE] [--dry-run] [--sandbox] [--force]
			                                         [--verify[=false]]
			  java -jar target/seam-revoke-batch.jar --input=DIRECTORY [--archive-to=DIR] [--dry-run] [--sandbox]
			  java -jar target/seam-revoke-batch.jar --rerun-failed=EXECUTION_ID [--report=FILE]
			  java -jar target/seam-revoke-batch.jar --history [--json] [--limit=N]
			  java -jar target/seam-revoke-batch.jar --help | --version
			  (installed from the distribution: bin/seam-revoke-batch instead of java -jar ...; docs/install.md)

			Options:
			  --input=FILE            CSV with user_identity_id and device_id columns (',' ';' or tab; a header-less
			                          file of two UUID columns; or a report of an earlier run: its FAILED rows);
			                          or a people file: user_identity_key or user_identity_id, no device column
			                          (each person's devices are found, revoked and verified)
			  --report=FILE           where to write the report (default reports/<input>-<instance>.report.csv)
			  --dry-run               validate and deduplicate only; nothing is sent to Seam
			  --sandbox               send to an embedded Seam stand-in on 127.0.0.1 (no key needed)
			  --force                 process an input again that was already processed
			  --verify                verify pair rows too (person rows are by default); --verify=false: none
			  --rerun-failed=ID       process again the FAILED rows of job execution ID
			  --input=DIRECTORY       every *.csv in it not processed yet, in name order, each with its own report
			  --archive-to=DIR        move each input whose job completed into DIR
			  --version               the versions of this tool, Spring Boot, Spring Batch and Java
			  --summary-json=FILE     also write the summary as JSON for monitoring (docs/formats.md, "Summary for monitoring")
			  --history               list past runs, newest first (--json for scripts, --limit=N, default 20)

			Each report gets an audit page beside it (.html for .csv): docs/audit-page.md.

			Settings (environment variable, or --name=value):
			  SEAM_API_KEY            Bearer key; required unless --dry-run or --sandbox; never logged or stored;
			                          never on the command line (ps shows it to every user)
			  SEAM_API_KEY_FILE       a file holding the key instead (Docker/Kubernetes secret)
			  SEAM_ENDPOINT           default https://connect.getseam.com; http:// only to this machine unless
			                          revoke.seam.allow-insecure-http=true
			  SEAM_WORKSPACE_ID       sent as seam-workspace (personal access tokens)
			  revoke.concurrency      calls in flight (default 8)
			  revoke.rate-limit       requests/second ceiling, or 'adaptive' (default); lowered on 429
			  revoke.retry.max-attempts  attempts per row for transient errors (default 4)
			  revoke.progress-interval  progress log line interval when not on a terminal (default 10s)
			  revoke.skip-limit       stop the job once more rows than this FAILED (default: no limit)
			  spring.datasource.url   job repository (default jdbc:h2:file:./data/revocations; or PostgreSQL,
			                          with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD)
			  revoke.lease.duration   PostgreSQL: a crashed run's input can be taken over this long after
			                          its last heartbeat (default 60s; heartbeat revoke.lease.heartbeat=10s)

			Exit codes:
			  0  every row REVOKED (or DUPLICATE, DRY_RUN, NOTHING_TO_REVOKE) and VERIFIED when verified,
			     or the input was already processed
			  1  the job stopped or failed; run the same command again to resume
			  2  usage or configuration error; nothing was sent
			  3  completed, but some rows FAILED, are INVALID, or are STILL_ACCESSIBLE or NOT_VERIFIED
			  4  not started: another process is running this input; nothing was sent
			  (a directory: the worst of its files, 2 over 1 over 3 over 4 over 0)
			""";

	private Usage() {
	}

}
