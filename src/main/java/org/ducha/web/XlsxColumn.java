package org.ducha.web;

import java.util.function.Function;

/**
 * One column of an .xlsx export: the message key of its header and how a row gives its value
 * (a String, Number, Boolean, LocalDate, Instant, OffsetDateTime or null).
 */
public record XlsxColumn<T>(String headerKey, Function<T, ?> value) {

	public static <T> XlsxColumn<T> of(String headerKey, Function<T, ?> value) {
		return new XlsxColumn<>(headerKey, value);
	}
}
