package org.ducha.rectification.web;

import java.util.Locale;

import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a service refusal beside the form field it concerns: each field error of VALIDATION_FAILED
 * as {@code rectification.invalid.<field>} (falling back to the service's text). Anything else goes
 * on to the error page.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(DomainException e, BindingResult binding, MessageSource messages) {
		if (e.fieldErrors().isEmpty()) {
			throw e;
		}
		Locale locale = LocaleContextHolder.getLocale();
		for (DomainException.FieldError f : e.fieldErrors()) {
			String field = f.field().startsWith("responsibleCadreNos") ? "responsibleCadreNos" : f.field();
			if (!binding.hasFieldErrors(field)) {
				String key = "rectification.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-');
				reject(binding, field, messages.getMessage(key, null, f.message(), locale));
			}
		}
	}

	static void reject(BindingResult binding, String field, String message) {
		Object value;
		try {
			value = binding.getRawFieldValue(field);
		}
		catch (RuntimeException notAFormField) {
			value = null;
		}
		binding.addError(new FieldError(binding.getObjectName(), field, value, false, null, null, message));
	}
}
