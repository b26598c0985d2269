package org.ducha.organization.web;

import org.ducha.shared.DomainException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the field errors of a refused change beside the fields of the form that asked for it. */
final class FormErrors {

	private FormErrors() {
	}

	/** Shows a VALIDATION_FAILED refusal on the form; any other refusal is rethrown. */
	static void bind(DomainException e, BindingResult form) {
		if (!"VALIDATION_FAILED".equals(e.code())) {
			throw e;
		}
		for (DomainException.FieldError error : e.fieldErrors()) {
			if (form.getFieldErrorCount(error.field()) > 0) {
				continue;
			}
			try {
				form.rejectValue(error.field(), "invalid", error.message());
			}
			catch (NotReadablePropertyException notAFormField) {
				form.reject("invalid", error.message());
			}
		}
	}
}
