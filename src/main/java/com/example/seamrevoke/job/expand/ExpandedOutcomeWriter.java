package com.example.seamrevoke.job.expand;

import java.util.ArrayList;
import java.util.List;

import com.example.seamrevoke.job.support.OutcomeWriter;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the rows of a chunk of expanded people through {@link OutcomeWriter}, in the
 * chunk transaction: a person's devices and the reader's position commit together.
 */
class ExpandedOutcomeWriter implements ItemWriter<List<RevocationOutcome>> {

	private final OutcomeWriter rows;

	ExpandedOutcomeWriter(OutcomeWriter rows) {
		this.rows = rows;
	}

	@Override
	public void write(Chunk<? extends List<RevocationOutcome>> chunk) {
		List<RevocationOutcome> all = new ArrayList<>();
		chunk.getItems().forEach(all::addAll);
		rows.write(new Chunk<>(all));
	}

}
