package org.ducha.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The user's wording of a {@link DomainException.FieldError}: services state a field's fault in short
 * English ("required", "at most 200 characters"); its numbers become arguments and the rest the key
 * {@code field.error.<words joined by _>} ({@code field.error.at_most_n_characters=最多 {0} 个字符}).
 * A fault without a key keeps its English text.
 */
public final class FieldMessages {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private FieldMessages() {
	}

	public static String text(MessageSource messages, String message, Locale locale) {
		if (message == null || message.isBlank()) {
			return message;
		}
		List<Object> args = new ArrayList<>();
		Matcher m = NUMBER.matcher(message);
		StringBuilder shape = new StringBuilder();
		while (m.find()) {
			args.add(Long.valueOf(m.group()));
			m.appendReplacement(shape, "n");
		}
		m.appendTail(shape);
		return messages.getMessage(key(shape.toString()), args.toArray(), message, locale);
	}

	static String key(String shape) {
		return "field.error." + shape.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}
}
