package org.ducha.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * Reads the values a person types into a roster sheet: an enum by its code or its Chinese or English label
 * (either half of a label such as 乡镇/街道 also counts), a yes/no, a sheet or a header name.
 */
final class RosterLabels {

	static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;
	private final Map<Class<?>, Map<String, Enum<?>>> enums = new HashMap<>();
	private final Map<String, Boolean> booleans = new HashMap<>();

	RosterLabels(MessageSource messages) {
		this.messages = messages;
		register(UnitType.class, "org.unitType.");
		register(Rank.class, "org.rank.");
		register(PartyOrganizationKind.class, "org.partyOrgKind.");
		register(CadreStatus.class, "org.cadreStatus.");
		for (String v : List.of("true", "y", "1")) {
			booleans.put(v, true);
		}
		for (String v : List.of("false", "n", "0")) {
			booleans.put(v, false);
		}
		for (Locale locale : LANGUAGES) {
			booleans.put(normalize(messages.getMessage("org.yes", null, locale)), true);
			booleans.put(normalize(messages.getMessage("org.no", null, locale)), false);
		}
	}

	static String enumKey(Enum<?> value) {
		String prefix = switch (value) {
			case UnitType t -> "org.unitType.";
			case Rank r -> "org.rank.";
			case PartyOrganizationKind k -> "org.partyOrgKind.";
			case CadreStatus s -> "org.cadreStatus.";
			default -> throw new IllegalArgumentException(value.getClass().getName());
		};
		return prefix + value.name();
	}

	private <E extends Enum<E>> void register(Class<E> type, String prefix) {
		Map<String, Enum<?>> byText = new HashMap<>();
		for (E constant : type.getEnumConstants()) {
			byText.put(normalize(constant.name()), constant);
			for (Locale locale : LANGUAGES) {
				String label = messages.getMessage(prefix + constant.name(), null, locale);
				byText.put(normalize(label), constant);
				for (String part : label.split("/")) {
					byText.putIfAbsent(normalize(part), constant);
				}
			}
		}
		enums.put(type, byText);
	}

	<E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		return Optional.ofNullable(enums.get(type).get(normalize(text))).map(type::cast);
	}

	Optional<Boolean> parseBoolean(String text) {
		return Optional.ofNullable(booleans.get(normalize(text)));
	}

	/** Whether {@code text} is the Chinese or English form of the message {@code key}. */
	boolean matches(String key, String text) {
		String t = normalize(text);
		return LANGUAGES.stream().anyMatch(l -> normalize(messages.getMessage(key, null, l)).equals(t));
	}

	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*')
			.map(c -> switch (c) {
				case '\uFF08' -> '(';
				case '\uFF09' -> ')';
				case '\uFF0F' -> '/';
				default -> c;
			})
			.forEach(sb::appendCodePoint);
		return sb.toString().toLowerCase(Locale.ROOT);
	}
}
