package com.example.seamrevoke.job.source;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.example.seamrevoke.input.CsvRevocationReader;
import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.OutcomeRepository;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The requests each step reads, decided by the run: a people file (or a rerun of people)
 * is expanded first and its revoke step reads what the expansion recorded; a pair file
 * has nothing to expand and its revoke step reads the input itself.
 */
public final class RequestSources {

	private final OutcomeRepository outcomes;

	private final PlatformTransactionManager transactionManager;

	private final long jobInstanceId;

	private final @Nullable String inputFile;

	private final @Nullable Long rerunInstance;

	public RequestSources(OutcomeRepository outcomes, PlatformTransactionManager transactionManager,
			StepExecution stepExecution, @Nullable String inputFile, @Nullable Long rerunInstance) {
		this.outcomes = outcomes;
		this.transactionManager = transactionManager;
		this.jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
		this.inputFile = inputFile;
		this.rerunInstance = rerunInstance;
	}

	/** The expand step's requests: the people of the input, deduplicated, or nothing. */
	public ReaderStream<RevocationRequest> toExpand() {
		if (!Expansion.needed(outcomes, inputFile, rerunInstance)) {
			return ReaderStream.empty();
		}
		return new ReaderStream<>(input());
	}

	/**
	 * The revoke step's requests: the PENDING rows an expansion recorded, or the input,
	 * deduplicated.
	 */
	public ReaderStream<RevocationRequest> toRevoke() {
		if (Expansion.needed(outcomes, inputFile, rerunInstance)) {
			return new ReaderStream<>(RecordedRows.pending(outcomes, transactionManager, jobInstanceId));
		}
		return new ReaderStream<>(input());
	}

	private DuplicateMarkingReader input() {
		ItemStreamReader<RevocationRequest> source = (inputFile != null) ? new CsvRevocationReader(Path.of(inputFile))
				: RecordedRows.failed(outcomes, transactionManager, rerunInstance);
		return new DuplicateMarkingReader(source, outcomes, jobInstanceId);
	}

}
