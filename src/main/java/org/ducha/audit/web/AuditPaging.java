package org.ducha.audit.web;

import java.util.Set;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging of the audit lists: newest first by default, sortable by the listed fields only, pages of at most 200. */
final class AuditPaging {

	static final int MAX_SIZE = 200;
	static final Set<String> SORTABLE = Set.of("seq", "occurredAt", "actor", "action", "objectType", "objectId");
	static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "seq");

	private AuditPaging() {
	}

	static Pageable of(Pageable requested) {
		for (Sort.Order order : requested.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw DomainException.invalid("INVALID_SORT", "cannot sort by " + order.getProperty(),
						order.getProperty());
			}
		}
		Sort sort = requested.getSort().isSorted() ? requested.getSort() : DEFAULT_SORT;
		return PageRequest.of(Math.max(requested.getPageNumber(), 0),
				Math.clamp(requested.getPageSize(), 1, MAX_SIZE), sort);
	}
}
