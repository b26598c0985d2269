package org.ducha.shared;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole filtered, sorted list of entities in one query with a database cursor, handing it
 * over in chunks, for exports of any length in bounded memory: the driver fetches {@code chunk}
 * rows at a time, the entities are read-only (no snapshots for dirty checking), and the persistence
 * context is cleared after each chunk, so neither the result set nor the loaded entities ever sit
 * in memory whole. Unlike paging with an offset, the database sorts once, whatever the length.
 * While the consumer runs, the chunk's entities are still managed: lazy collections marked for
 * batch fetching load in a few queries per chunk. Must run in the caller's transaction (the cursor
 * lives as long as it); entities are detached once their chunk has been consumed.
 */
@Component
public class EntityStreams {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Hands every entity of {@code type} matching {@code spec}, in {@code sort} order, to
	 * {@code consumer} in lists of at most {@code chunk}; returns how many there were.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> long forEachChunk(Class<T> type, Specification<T> spec, Sort sort, int chunk,
			Consumer<List<T>> consumer) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Predicate where = spec.toPredicate(root, query, cb);
		if (where != null) {
			query.where(where);
		}
		query.orderBy(QueryUtils.toOrders(sort, root, cb));
		long count = 0;
		List<T> buffer = new ArrayList<>(chunk);
		try (Stream<T> rows = entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_FETCH_SIZE, chunk)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			Iterator<T> it = rows.iterator();
			while (it.hasNext()) {
				buffer.add(it.next());
				if (buffer.size() == chunk) {
					count += handOver(buffer, consumer);
				}
			}
		}
		if (!buffer.isEmpty()) {
			count += handOver(buffer, consumer);
		}
		return count;
	}

	private <T> int handOver(List<T> buffer, Consumer<List<T>> consumer) {
		int size = buffer.size();
		consumer.accept(List.copyOf(buffer));
		buffer.clear();
		entityManager.clear();
		return size;
	}
}
