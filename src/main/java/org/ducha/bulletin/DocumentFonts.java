package org.ducha.bulletin;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.openpdf.text.pdf.BaseFont;

/**
 * The CJK fonts embedded in PDFs ({@code ducha.documents.*}): a serif face for the body and a bold
 * serif for titles (in place of 仿宋 and 小标宋, which free systems lack), a sans face for 黑体
 * headings. A .ttc collection is opened at its Simplified Chinese face. Loaded once.
 */
final class DocumentFonts {

	private final BulletinProperties.Documents settings;
	private final ConcurrentMap<String, BaseFont> loaded = new ConcurrentHashMap<>();

	DocumentFonts(BulletinProperties.Documents settings) {
		this.settings = settings;
	}

	BaseFont body() {
		return load(settings.cjkFont());
	}

	BaseFont title() {
		return load(settings.cjkBoldFont());
	}

	BaseFont heading() {
		return load(settings.cjkSansFont());
	}

	private BaseFont load(String path) {
		return loaded.computeIfAbsent(path, p -> {
			try {
				return BaseFont.createFont(face(p), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (IOException | RuntimeException e) {
				throw new IllegalStateException("cannot load the CJK font " + p + " (ducha.documents.*)", e);
			}
		});
	}

	/** A collection's Simplified Chinese face ("…SC…" / "…sc…"), or its first. */
	static String face(String path) throws IOException {
		if (!path.toLowerCase().endsWith(".ttc")) {
			return path;
		}
		String[] names = BaseFont.enumerateTTCNames(path);
		int index = 0;
		for (int i = 0; i < names.length; i++) {
			if (names[i].matches(".*(SC|sc)(-.*)?$")) {
				index = i;
				break;
			}
		}
		return path + "," + index;
	}
}
