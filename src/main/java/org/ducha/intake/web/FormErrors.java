package org.ducha.intake.web;

import java.util.Locale;
import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a service refusal beside the form field it concerns, in the user's language: each field error
 * of VALIDATION_FAILED as the message {@code intake.invalid.<field kind>} (falling back to the
 * service's text), and listed codes on their field with {@code error.<CODE>}. Anything else goes on
 * to the error page.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(DomainException e, BindingResult binding, Map<String, String> fieldOfCode, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!e.fieldErrors().isEmpty()) {
			for (DomainException.FieldError f : e.fieldErrors()) {
				String field = formField(f.field());
				if (!binding.hasFieldErrors(field)) {
					String key = "intake.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-');
					reject(binding, field, messages.getMessage(key, null, f.message(), locale));
				}
			}
			return;
		}
		String field = fieldOfCode.get(e.code());
		if (field == null) {
			throw e;
		}
		reject(binding, field, messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
	}

	private static String formField(String serviceField) {
		return serviceField.startsWith("accusedUnits") ? "otherAccusedUnits" : serviceField;
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
