package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TrackingNumbersIntegrationTests extends IntakeIntegrationSupport {

	@Autowired
	TrackingNumbers trackingNumbers;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void concurrentRegistrationsTakeConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		int count = 24;
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tasks.add(() -> transaction.execute(status -> trackingNumbers.next(2031)));
		}
		List<String> numbers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			for (Future<String> f : pool.invokeAll(tasks)) {
				numbers.add(f.get());
			}
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(
				LongStream.rangeClosed(1, count).mapToObj(n -> TrackingNumbers.format(2031, n)).toList());
	}

	@Test
	void aRolledBackRegistrationGivesItsNumberBack() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String first = transaction.execute(status -> trackingNumbers.next(2032));
		transaction.executeWithoutResult(status -> {
			trackingNumbers.next(2032);
			status.setRollbackOnly();
		});
		String next = transaction.execute(status -> trackingNumbers.next(2032));
		assertThat(first).isEqualTo("JB-2032-000001");
		assertThat(next).isEqualTo("JB-2032-000002");
	}
}
