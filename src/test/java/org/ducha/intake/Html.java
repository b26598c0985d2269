package org.ducha.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for page tests (no parser on the test classpath): tags, blocks, attribute values. */
record Html(String source) {

	/** The first opening tag {@code <element …>} that contains {@code mustContain}, or "" when none. */
	String tag(String element, String mustContain) {
		Matcher m = Pattern.compile("<" + element + "\\b[^>]*>").matcher(source);
		while (m.find()) {
			if (m.group().contains(mustContain)) {
				return m.group();
			}
		}
		return "";
	}

	/** The text from the first {@code marker} to the next {@code </endElement>}, or "" when the marker is absent. */
	Html block(String marker, String endElement) {
		int start = source.indexOf(marker);
		if (start < 0) {
			return new Html("");
		}
		int end = source.indexOf("</" + endElement + ">", start);
		return new Html(end < 0 ? source.substring(start) : source.substring(start, end));
	}

	/** The section from the element carrying {@code marker} to the end of the page. */
	Html from(String marker) {
		int start = source.indexOf(marker);
		return new Html(start < 0 ? "" : source.substring(start));
	}

	boolean contains(String text) {
		return source.contains(text);
	}

	/** Every value of {@code attribute="…"}, in order. */
	List<String> values(String attribute) {
		List<String> values = new ArrayList<>();
		Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(source);
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	/** The text between the opening tag containing {@code mustContain} and the next {@code </element>}. */
	String textOf(String element, String mustContain) {
		String tag = tag(element, mustContain);
		if (tag.isEmpty()) {
			return "";
		}
		int start = source.indexOf(tag) + tag.length();
		int end = source.indexOf("</" + element + ">", start);
		return source.substring(start, end).replaceAll("<[^>]+>", "").strip();
	}

	/** The value attribute of a tag. */
	static String valueOf(String tag) {
		Matcher m = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(tag);
		return m.find() ? m.group(1) : null;
	}

	@Override
	public String toString() {
		return source;
	}
}
