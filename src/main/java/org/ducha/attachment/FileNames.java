package org.ducha.attachment;

/**
 * The uploader's file name made safe to keep and to offer for download: the last path segment
 * only, without control or invisible formatting characters (a right-to-left override can make
 * {@code exe.jpg} read as {@code gpj.exe}), at most 200 characters, and ending in an extension of
 * the detected type (a text file named {@code run.bat} is offered as {@code run.bat.txt}).
 */
final class FileNames {

	static final int MAX_LENGTH = 200;
	private static final String FALLBACK = "attachment";

	private FileNames() {
	}

	static String sanitize(String original, AllowedType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(name.length());
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
					&& Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.PRIVATE_USE
					&& Character.getType(c) != Character.UNASSIGNED)
			.map(c -> Character.isWhitespace(c) ? ' ' : c)
			.forEach(clean::appendCodePoint);
		name = stripEdges(clean.toString());
		if (name.isEmpty()) {
			name = FALLBACK;
		}
		String extension = type.fitsExtension(name) ? "" : "." + type.extensions.getFirst();
		return truncate(name, MAX_LENGTH - extension.length()) + extension;
	}

	private static String stripEdges(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == ' ' || name.charAt(start) == '.')) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == ' ' || name.charAt(end - 1) == '.')) {
			end--;
		}
		return name.substring(start, end);
	}

	/** Keeps the extension and cuts the stem, never between the two halves of a surrogate pair. */
	private static String truncate(String name, int max) {
		if (name.length() <= max) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
		int cut = max - extension.length();
		if (Character.isHighSurrogate(name.charAt(cut - 1))) {
			cut--;
		}
		return name.substring(0, cut) + extension;
	}
}
