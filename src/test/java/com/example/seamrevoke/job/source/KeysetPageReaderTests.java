package com.example.seamrevoke.job.source;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages after the last key handed out, outside any transaction, restarting as told. */
class KeysetPageReaderTests {

	private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(
			new DriverManagerDataSource("jdbc:h2:mem:keyset-page-reader"));

	private final TreeSet<Integer> table = new TreeSet<>(List.of(1, 2, 3, 4, 5));

	private final List<Integer> pagesAfter = new ArrayList<>();

	private final List<Boolean> inTransaction = new ArrayList<>();

	private List<Integer> page(int after, int size) {
		pagesAfter.add(after);
		inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
		return table.tailSet(after, false).stream().limit(size).toList();
	}

	@Test
	void readsEveryRowInKeyOrderAPageAtATimeOutsideTheChunkTransaction() {
		KeysetPageReader<Integer, Integer> reader = KeysetPageReader.fromFirst(this::page, row -> row, 0, 2,
				transactions);
		reader.open(new ExecutionContext());

		List<Integer> read = new TransactionTemplate(transactions).execute(chunk -> readAll(reader));

		assertThat(read).containsExactly(1, 2, 3, 4, 5);
		assertThat(pagesAfter).containsExactly(0, 2, 4);
		assertThat(inTransaction).containsOnly(false);
	}

	@Test
	void rowsLeavingTheQueryAsTheyAreWrittenNeverShiftAPage() throws Exception {
		KeysetPageReader<Integer, Integer> reader = KeysetPageReader.fromFirst(this::page, row -> row, 0, 2,
				transactions);
		reader.open(new ExecutionContext());
		List<Integer> read = new ArrayList<>();

		for (Integer row = reader.read(); row != null; row = reader.read()) {
			read.add(row);
			table.remove(row);
		}

		assertThat(read).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void fromFirstRestartsAtTheFirstKeyForWhatIsLeft() throws Exception {
		KeysetPageReader<Integer, Integer> reader = KeysetPageReader.fromFirst(this::page, row -> row, 0, 2,
				transactions);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		table.remove(reader.read());
		table.remove(reader.read());
		reader.update(context);

		reader.open(context);

		assertThat(readAll(reader)).containsExactly(3, 4, 5);
		assertThat(context.isEmpty()).isTrue();
	}

	@Test
	void restartingAfterGoesOnAfterTheLastKeySaved() throws Exception {
		KeysetPageReader.Position<Integer> position = new KeysetPageReader.Position<>() {

			@Override
			public Integer restore(ExecutionContext context, Integer first) {
				return context.getInt("last", first);
			}

			@Override
			public void save(ExecutionContext context, Integer last) {
				context.putInt("last", last);
			}

		};
		KeysetPageReader<Integer, Integer> reader = KeysetPageReader.restartingAfter(position, this::page, row -> row,
				0, 2, transactions);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		reader.read();
		reader.read();
		reader.read();
		reader.update(context);

		reader.open(context);

		assertThat(readAll(reader)).containsExactly(4, 5);
	}

	private static List<Integer> readAll(KeysetPageReader<Integer, Integer> reader) {
		List<Integer> rows = new ArrayList<>();
		for (Integer row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		return rows;
	}

}
