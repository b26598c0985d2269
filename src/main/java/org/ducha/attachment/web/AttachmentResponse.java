package org.ducha.attachment.web;

import java.time.Instant;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.ScanStatus;

/** An attachment's metadata in the API. */
record AttachmentResponse(String id, String sha256, String contentType, long size, String fileName,
		Instant uploadedAt, String uploader, ScanStatus scanStatus, boolean metadataStripped, String ownerType,
		String ownerId) {

	static AttachmentResponse of(AttachmentInfo info) {
		return new AttachmentResponse(info.id(), info.sha256(), info.contentType(), info.size(), info.fileName(),
				info.uploadedAt(), info.uploader(), info.scanStatus(), info.metadataStripped(), info.ownerType(),
				info.ownerId());
	}
}
