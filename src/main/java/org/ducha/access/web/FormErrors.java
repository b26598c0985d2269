package org.ducha.access.web;

import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a business refusal beside the form field it concerns, or above the form when it concerns none. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, DomainException e, Map<String, String> fieldsByCode) {
		String field = fieldsByCode.get(e.code());
		if (field != null) {
			result.rejectValue(field, "error." + e.code(), e.args(), e.getMessage());
		}
		else {
			result.reject("error." + e.code(), e.args(), e.getMessage());
		}
	}
}
