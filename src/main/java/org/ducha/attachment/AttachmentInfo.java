package org.ducha.attachment;

import java.time.Instant;
import java.util.Locale;

/**
 * The metadata of a stored attachment. {@code sha256} and {@code size} describe the stored bytes
 * (after metadata stripping); {@code contentType} was detected from the content; {@code fileName}
 * is the uploader's name, sanitized, with the extension of the detected type appended when the
 * given one did not match it. {@code ownerType}/{@code ownerId} are null until it is linked.
 */
public record AttachmentInfo(String id, String sha256, String contentType, long size, String fileName,
		Instant uploadedAt, String uploader, ScanStatus scanStatus, boolean metadataStripped, String ownerType,
		String ownerId) {

	public boolean linked() {
		return ownerType != null;
	}

	/** The size for people: bytes, KB or MB (binary multiples, one decimal). */
	public String displaySize() {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", size / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}
}
