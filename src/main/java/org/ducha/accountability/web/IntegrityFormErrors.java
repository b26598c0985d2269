package org.ducha.accountability.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The field errors of a refused form as localized texts by field, shown beside each field. */
final class IntegrityFormErrors {

	private IntegrityFormErrors() {
	}

	/** The errors by field; rethrows a refusal that names no field (404, 409: the error page). */
	static Map<String, String> of(DomainException e, MessageSource messages) {
		if (e.fieldErrors().isEmpty()) {
			if (e.kind() == DomainException.Kind.CONFLICT) {
				Map<String, String> errors = new LinkedHashMap<>();
				errors.put("form", messages.getMessage("error." + e.code(), e.args(), e.getMessage(),
						LocaleContextHolder.getLocale()));
				return errors;
			}
			throw e;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String fallback = messages.getMessage("integrity.invalid", null, LocaleContextHolder.getLocale());
		for (DomainException.FieldError f : e.fieldErrors()) {
			errors.putIfAbsent(f.field(),
					messages.getMessage("integrity.invalid." + f.field(), null, fallback, LocaleContextHolder.getLocale()));
		}
		return errors;
	}
}
