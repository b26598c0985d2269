package org.ducha.organization.web;

import java.util.Locale;
import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** {@code ?page=&size=&sort=field,dir} of API.md, with the API's field names mapped to the stored ones. */
final class ApiPaging {

	static final int MAX_SIZE = 500;

	private ApiPaging() {
	}

	static Pageable of(int page, int size, String sort, Map<String, String> fields, String defaultField) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw DomainException.invalid("INVALID_PAGE", "page must be >= 0 and size 1.." + MAX_SIZE, MAX_SIZE);
		}
		Sort order = Sort.by(fields.get(defaultField));
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",");
			String property = fields.get(parts[0].strip());
			Sort.Direction direction = parts.length > 1 ? direction(parts[1]) : Sort.Direction.ASC;
			if (property == null || parts.length > 2) {
				throw DomainException.invalid("INVALID_SORT", "cannot sort by " + sort, sort);
			}
			order = Sort.by(direction, property);
			if (!property.equals(fields.get(defaultField))) {
				order = order.and(Sort.by(fields.get(defaultField)));
			}
		}
		return PageRequest.of(page, size, order);
	}

	static Pageable all(Pageable pageable) {
		return Pageable.unpaged(pageable.getSort());
	}

	private static Sort.Direction direction(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> throw DomainException.invalid("INVALID_SORT", "unknown sort direction " + text, text);
		};
	}
}
