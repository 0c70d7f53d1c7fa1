package com.example.seamrevoke.job.launch;

import java.util.Locale;

import com.example.seamrevoke.input.InputCheck;

/**
 * Stops a people file that names more people than {@code revoke.max-people} before
 * anything is sent (docs/offboarding.md, "The wrong file"): a truncated HR export, or the
 * whole staff list instead of the leavers, would lock real employees out of their
 * buildings. The operator confirms the count of this very file with
 * {@code --confirm-people=N}; a preview, a dry run and a pair file are not limited.
 */
final class PeopleCountGuard {

	private PeopleCountGuard() {
	}

	static void check(InputCheck check, RunRequest request, int maxPeople) {
		if (!check.layout().isPeople() || request.preview() || request.dryRun()) {
			return;
		}
		long people = check.rows() - check.invalidRows();
		Long confirmed = request.offboarding().confirmPeople();
		if (people <= maxPeople || (confirmed != null && confirmed == people)) {
			return;
		}
		String file = String.valueOf(check.file().getFileName());
		String count = String.format(Locale.ROOT, "%,d", people);
		String why = (confirmed == null) ? ""
				: " (--confirm-people=" + confirmed + " does not match this file's count)";
		throw new RunRefusedException(file + " names " + count + " people, more than revoke.max-people=" + maxPeople
				+ why + "; nothing was sent. If this file really lists " + count
				+ " leavers, run it again with --confirm-people=" + people + " (or check it first with --preview)");
	}

}
