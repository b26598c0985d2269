package org.ducha.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full-text side of the report list's text filter (ADR 0005): which reports' subject or content
 * contain every word of the query, as ids. It knows nothing of who asks; {@link Reports} restricts
 * its visibility-aware list query to these ids, so a hidden report is never counted.
 * <p>
 * Words are separated by white space; each word of two or more characters must occur as a phrase of
 * character bigrams, which is "occurs somewhere in the text" for Chinese. A single character cannot
 * be looked up among bigrams and is left to {@link Query#singleCharacters()} (a LIKE in the query).
 * At most {@value #MAX_HITS} ids are returned, the most relevant first.
 */
@Component
@Transactional(readOnly = true)
class ReportTextSearch {

	static final int MAX_HITS = 2000;

	/** A text filter split into words for the index and single characters for a LIKE. */
	record Query(List<String> words, List<String> singleCharacters) {

		static Query parse(String text) {
			List<String> words = new ArrayList<>();
			List<String> single = new ArrayList<>();
			for (String part : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
				if (part.isEmpty()) {
					continue;
				}
				(part.codePointCount(0, part.length()) == 1 ? single : words).add(part);
			}
			return new Query(List.copyOf(words), List.copyOf(single));
		}
	}

	private final EntityManager entityManager;

	ReportTextSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Ids of the reports whose subject or content contains every word. */
	List<Long> matchingIds(List<String> words) {
		if (words.isEmpty()) {
			throw new IllegalArgumentException("no words to search");
		}
		return Search.session(entityManager)
			.search(Report.class)
			.select(f -> f.id(Long.class))
			.where(f -> {
				SimpleBooleanPredicateClausesStep<?, ?> all = f.and();
				words.forEach(word -> all.add(f.phrase().fields("subject", "content").matching(word)));
				return all;
			})
			.fetchHits(MAX_HITS);
	}

	/** How many reports the index holds. */
	long indexedCount() {
		return Search.session(entityManager).search(Report.class).where(f -> f.matchAll()).fetchTotalHitCount();
	}
}
