package org.ducha.organization;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The parent links and names of the org tree, held in memory: the data scope of a unit role is computed
 * from it on every scoped read, and the lists name their units and offer them as filters from it, so
 * neither must cost a read of every unit each time. A change of units through this
 * module drops it at once (and again after the commit, so that a read during the transaction cannot keep
 * the old tree); a change made elsewhere (another node, SQL) is seen after at most {@link #MAX_AGE}.
 */
@Component
class UnitTree {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private record Snapshot(Set<String> codes, Map<String, List<String>> children, Map<String, String> names,
			long loadedAtNanos) {
	}

	private final UnitRepository units;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	UnitTree(UnitRepository units) {
		this.units = units;
	}

	/** The unit and every unit below it; empty for an unknown code. */
	Set<String> subtree(String unitCode) {
		Snapshot tree = snapshot();
		Set<String> result = new LinkedHashSet<>();
		if (unitCode == null || !tree.codes().contains(unitCode)) {
			return result;
		}
		Deque<String> todo = new ArrayDeque<>();
		todo.push(unitCode);
		while (!todo.isEmpty()) {
			String code = todo.pop();
			if (result.add(code)) {
				tree.children().getOrDefault(code, List.of()).forEach(todo::push);
			}
		}
		return result;
	}

	/** Every unit's name by its code, in code order (unmodifiable). */
	Map<String, String> names() {
		return snapshot().names();
	}

	/** Forgets the tree: the next read loads it again. Call on every change of a unit's code, parent or name. */
	void invalidate() {
		current.set(null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					current.set(null);
				}
			});
		}
	}

	private Snapshot snapshot() {
		Snapshot tree = current.get();
		if (tree != null && System.nanoTime() - tree.loadedAtNanos() < MAX_AGE.toNanos()) {
			return tree;
		}
		long loadedAt = System.nanoTime();
		Set<String> codes = new LinkedHashSet<>();
		Map<String, List<String>> children = new HashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Object[] row : units.findAllCodesParentsAndNames()) {
			String code = (String) row[0];
			String parent = (String) row[1];
			codes.add(code);
			names.put(code, (String) row[2]);
			if (parent != null) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
			}
		}
		Snapshot loaded = new Snapshot(Set.copyOf(codes), Map.copyOf(children), Collections.unmodifiableMap(names),
				loadedAt);
		current.compareAndSet(tree, loaded);
		return loaded;
	}
}
