package org.ducha.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns roster problems into the caller's language. */
@Component
class OrganizationMessages {

	private final MessageSource messages;

	OrganizationMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String text(RosterProblem problem) {
		return text(problem.messageKey(), problem.args().toArray());
	}

	/** VALIDATION_FAILED with one entry per field, its messages joined. */
	DomainException validation(List<RosterProblem> problems) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (RosterProblem p : problems) {
			byField.merge(p.field(), text(p), (a, b) -> a.equals(b) ? a : a + " " + b);
		}
		return DomainException.validation(byField.entrySet().stream()
			.map(e -> new DomainException.FieldError(e.getKey(), e.getValue()))
			.toList());
	}
}
