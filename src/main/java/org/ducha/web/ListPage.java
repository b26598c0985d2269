package org.ducha.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The list shape of API.md: {@code {"items":[…],"page","size","total"}}. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

	public static <E, T> ListPage<T> of(Page<E> page, Function<E, T> mapper) {
		return new ListPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}
}
