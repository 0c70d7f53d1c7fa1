package com.example.seamrevoke;

/** The {@code --help} text. */
final class Usage {

	static final String TEXT = """
			seam-revoke-batch: revoke (user identity, device) access pairs through Seam, from a CSV.

			Usage:
			  java -jar target/seam-revoke-batch.jar --input=FILE [--report=FILE] [--dry-run] [--sandbox] [--force]
			                                         [--verify[=false]]
			  java -jar target/seam-revoke-batch.jar --rerun-failed=EXECUTION_ID [--report=FILE]
			  java -jar target/seam-revoke-batch.jar --help

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

			Settings (environment variable, or --name=value):
			  SEAM_API_KEY            Bearer key; required unless --dry-run or --sandbox; never logged or stored
			  SEAM_ENDPOINT           default https://connect.getseam.com
			  SEAM_WORKSPACE_ID       sent as seam-workspace (personal access tokens)
			  revoke.concurrency      calls in flight (default 8)
			  revoke.rate-limit       requests/second ceiling, or 'adaptive' (default); lowered on 429
			  revoke.retry.max-attempts  attempts per row for transient errors (default 4)
			  revoke.skip-limit       stop the job once more rows than this FAILED (default: no limit)
			  spring.datasource.url   job repository (default jdbc:h2:file:./data/revocations)

			Exit codes:
			  0  every row REVOKED (or DUPLICATE, DRY_RUN, NOTHING_TO_REVOKE) and VERIFIED when verified,
			     or the input was already processed
			  1  the job stopped or failed; run the same command again to resume
			  2  usage or configuration error; nothing was sent
			  3  completed, but some rows FAILED, are INVALID, or are STILL_ACCESSIBLE or NOT_VERIFIED
			""";

	private Usage() {
	}

}
