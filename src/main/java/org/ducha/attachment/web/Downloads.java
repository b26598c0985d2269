package org.ducha.attachment.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.ducha.attachment.AttachmentContent;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download: always {@code Content-Disposition: attachment} with an ASCII
 * fallback name and the UTF-8 name of RFC 5987/6266, the detected type with
 * {@code X-Content-Type-Options: nosniff}, never cached.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<InputStreamResource> of(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.info().contentType()))
			.contentLength(content.info().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(content.info().fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new InputStreamResource(content.stream()));
	}

	static String contentDisposition(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	/** Letters, digits and {@code . _ - ( )} kept; anything else becomes {@code _}. */
	static String asciiFallback(String fileName) {
		StringBuilder ascii = new StringBuilder(fileName.length());
		fileName.codePoints().forEach(c -> ascii.append(
				(c < 128 && (Character.isLetterOrDigit(c) || ".-_()".indexOf(c) >= 0)) ? (char) c : '_'));
		String result = ascii.toString();
		int dot = result.lastIndexOf('.');
		String stem = dot > 0 ? result.substring(0, dot) : result;
		if (stem.chars().noneMatch(Character::isLetterOrDigit)) {
			return "attachment" + (dot > 0 ? result.substring(dot) : "");
		}
		return result;
	}

	/** RFC 5987 {@code value-chars}: attr-char kept, every other UTF-8 byte percent-encoded. */
	static String rfc5987(String value) {
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.write(c);
			}
			else {
				encoded.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return encoded.toString(StandardCharsets.US_ASCII);
	}
}
