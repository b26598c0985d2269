package org.ducha.accountability;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts the module writes into records (a linked case's facts, a delay problem), in the district's language. */
@Component
class AccountabilityMessages {

	static final Locale DISTRICT = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	AccountabilityMessages(MessageSource messages) {
		this.messages = messages;
	}

	String proposalFacts(AccountabilityCase origin) {
		return text("accountability.text.proposalFacts", origin.getId(), origin.getSubjectName(), origin.getFacts());
	}

	String delayDescription(AccountabilityCase c, LocalDate dueOn) {
		return text("accountability.text.delayDescription", c.getId(), dueOn);
	}

	String delayMeasures() {
		return text("accountability.text.delayMeasures");
	}

	private String text(String key, Object... args) {
		String s = messages.getMessage(key, args, DISTRICT);
		return s.length() > 4000 ? s.substring(0, 4000) : s;
	}
}
