package org.ducha.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the cost of one Argon2id PIN hash with the parameters of {@link QueryCodes} (docs/PERFORMANCE.md):
 * the time of one hash on one thread, and how many hashes per second all cores can do together, which
 * bounds the public submissions per second of one node. A benchmark main, not a test: run by
 * {@code perf/run-intake.sh} in the {@code perf} profile.
 */
public final class PinHashCost {

	private PinHashCost() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		QueryCodes codes = new QueryCodes();
		for (int i = 0; i < 5; i++) {
			codes.hashPin("warm-up-pin-" + i);
		}
		long[] millis = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			codes.hashPin("measured-pin-" + i);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		double mean = Arrays.stream(millis).average().orElse(0);

		int threads = Runtime.getRuntime().availableProcessors();
		int perThread = rounds;
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				work.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						codes.hashPin("parallel-pin-" + thread + "-" + i);
					}
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double perSecond = threads * perThread / seconds;
		System.out.printf("pin_hash_ms_mean=%.1f%n", mean);
		System.out.printf("pin_hash_ms_median=%d%n", millis[rounds / 2]);
		System.out.printf("pin_hash_ms_max=%d%n", millis[rounds - 1]);
		System.out.printf("pin_hash_threads=%d%n", threads);
		System.out.printf("pin_hashes_per_second_all_cores=%.1f%n", perSecond);
	}
}
