package org.ducha.dashboard;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's recent statistics, kept for {@code ducha.statistics.cache-ttl} (default 60 s; zero or
 * negative: nothing kept). A summary of a year scans hundreds of thousands of rows in a dozen queries,
 * and a dashboard asks for the same figures again at every visit, so a figure may be up to one TTL
 * old (docs/PERFORMANCE.md, section D). {@link Statistics} decides the keys: a key must hold
 * everything that decides what the caller may see, so that no figure is ever handed to a user of
 * another visibility. At most {@link #MAX_ENTRIES} entries: when full, the expired ones are dropped,
 * and everything if none had expired. Values must be immutable. Callers missing the same key at
 * once share one computation (the first computes, in its own thread and transaction; the others wait
 * for its value), so the minute's first visitors of one account do not run the queries side by side.
 */
@Component
class StatisticsCache {

	static final int MAX_ENTRIES = 1_000;

	private record Entry(Object value, long storedAtNanos) {
	}

	private final long ttlNanos;
	private final LongSupplier ticker;
	private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
	private final ConcurrentHashMap<Object, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();
	private final AtomicInteger waiting = new AtomicInteger();

	@Autowired
	StatisticsCache(@Value("${ducha.statistics.cache-ttl:PT60S}") Duration ttl) {
		this(ttl, System::nanoTime);
	}

	StatisticsCache(Duration ttl, LongSupplier ticker) {
		this.ttlNanos = ttl.toNanos();
		this.ticker = ticker;
	}

	/**
	 * The value kept under the key if younger than the TTL, else the computed one, kept from the time
	 * its computation started (so a kept figure is never older than the TTL). A caller that misses
	 * while another computes the same key waits for that value; if that computation fails, it
	 * tries again as if it had just arrived.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		if (ttlNanos <= 0) {
			return compute.get();
		}
		long now = ticker.getAsLong();
		Entry kept = entries.get(key);
		if (kept != null && now - kept.storedAtNanos() < ttlNanos) {
			return (T) kept.value();
		}
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> running = computing.putIfAbsent(key, mine);
		if (running != null) {
			waiting.incrementAndGet();
			try {
				return (T) running.join();
			}
			catch (CompletionException | CancellationException e) {
				// that computation failed: try again as if just arrived
			}
			finally {
				waiting.decrementAndGet();
			}
			return get(key, compute);
		}
		try {
			T value = compute.get();
			keep(key, value, now);
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			computing.remove(key, mine);
		}
	}

	private void keep(Object key, Object value, long now) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.values().removeIf(e -> now - e.storedAtNanos() >= ttlNanos);
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(key, new Entry(value, now));
	}

	/** The callers now waiting for another caller's computation (for tests). */
	int waiting() {
		return waiting.get();
	}

	int size() {
		return entries.size();
	}
}
