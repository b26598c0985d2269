package org.ducha.campaign.web;

import java.util.Map;

import org.ducha.shared.DomainException;
import org.ducha.shared.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a service refusal beside the form field it concerns: the field errors of VALIDATION_FAILED
 * as they are, and the listed conflict codes on their field with the message {@code error.<CODE>}.
 * Anything else is not a form error and is thrown on to the error page.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void bind(DomainException e, BindingResult binding, Map<String, String> fieldOfCode, MessageSource messages) {
		if (!e.fieldErrors().isEmpty()) {
			e.fieldErrors().stream()
				.filter(f -> !binding.hasFieldErrors(f.field()))
				.forEach(f -> reject(binding, f.field(),
						FieldMessages.text(messages, f.message(), LocaleContextHolder.getLocale())));
			return;
		}
		String field = fieldOfCode.get(e.code());
		if (field == null) {
			throw e;
		}
		reject(binding, field, messages.getMessage("error." + e.code(), e.args(), e.getMessage(),
				LocaleContextHolder.getLocale()));
	}

	private static void reject(BindingResult binding, String field, String message) {
		binding.addError(new FieldError(binding.getObjectName(), field, binding.getRawFieldValue(field), false, null,
				null, message));
	}
}
