package com.example.seamrevoke.cli;

import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.safety.Causes;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The job repository's database went away (a lost connection, a restart, a full disk):
 * not a usage error but a stopped run, exit 1, which the same command resumes
 * (docs/crash-safety.md, "When the database or the report fails"). A refused login or a
 * missing database stays a configuration error.
 */
final class DatabaseGone {

	/** SQL states of a configuration error: a refused login, no such database. */
	private static final List<String> CONFIGURATION = List.of("28", "3D");

	/**
	 * SQL states of a database gone for now: connection (08), operator intervention (57P:
	 * shut down, starting), resources (53: disk full), and H2's I/O error, closed
	 * database, no disk space, writer failure.
	 */
	private static final List<String> GONE = List.of("08", "57P", "53", "90028", "90031", "90098", "90100", "90121",
			"50000");

	private DatabaseGone() {
	}

	static boolean causes(Throwable failure) {
		boolean gone = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String state = (cause instanceof SQLException sql) ? sql.getSQLState() : null;
			if (startsWithAny(state, CONFIGURATION)) {
				return false;
			}
			gone |= startsWithAny(state, GONE) || cause instanceof TransientDataAccessException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof TransactionException;
		}
		return gone;
	}

	static String describe(Throwable failure) {
		return "the job repository database failed (" + Causes.rootMessage(failure)
				+ "); every committed row is kept: run the same command again once it answers";
	}

	private static boolean startsWithAny(@Nullable String state, List<String> prefixes) {
		return state != null && prefixes.stream().anyMatch(state::startsWith);
	}

}
