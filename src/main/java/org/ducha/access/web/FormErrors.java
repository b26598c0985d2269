package org.ducha.access.web;

import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a business refusal beside the form field it concerns, or above the form when it concerns none. */
final class FormErrors {

	private FormErrors() {
	}

	/** Shows the refusal and every further problem the service attached to it as suppressed. */
	static void reject(BindingResult result, DomainException e, Map<String, String> fieldsByCode) {
		rejectOne(result, e, fieldsByCode);
		for (Throwable more : e.getSuppressed()) {
			if (more instanceof DomainException problem) {
				rejectOne(result, problem, fieldsByCode);
			}
		}
	}

	private static void rejectOne(BindingResult result, DomainException e, Map<String, String> fieldsByCode) {
		String field = fieldsByCode.get(e.code());
		if (field != null && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "error." + e.code(), e.args(), e.getMessage());
		}
		else if (field == null) {
			result.reject("error." + e.code(), e.args(), e.getMessage());
		}
	}
}
