package org.ducha.campaign;

import java.util.ArrayList;
import java.util.List;

import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Collects the field errors of one input, with messages in the caller's language, and throws them together. */
final class Violations {

	private final MessageSource messages;
	private final List<DomainException.FieldError> errors = new ArrayList<>();

	Violations(MessageSource messages) {
		this.messages = messages;
	}

	void add(String field, String messageKey, Object... args) {
		if (errors.stream().noneMatch(e -> e.field().equals(field))) {
			errors.add(new DomainException.FieldError(field,
					messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale())));
		}
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}
}
