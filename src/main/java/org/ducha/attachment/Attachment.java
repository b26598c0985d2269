package org.ducha.attachment;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/**
 * One upload: its metadata row. The content is stored once per SHA-256 outside the database, so
 * several attachments may share one stored file. Unlinked until an owner (a report, an assignment…)
 * takes it; then it belongs to that owner for good.
 */
@Entity
@Table(name = "attachment")
class Attachment {

	@Id
	private String id;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(nullable = false)
	private String uploader;

	@Enumerated(EnumType.STRING)
	@Column(name = "scan_status", nullable = false)
	private ScanStatus scanStatus;

	@Column(name = "metadata_stripped", nullable = false)
	private boolean metadataStripped;

	@Column(name = "owner_type")
	private String ownerType;

	@Column(name = "owner_id")
	private String ownerId;

	@Column(name = "linked_at")
	private Instant linkedAt;

	protected Attachment() {
	}

	Attachment(String id, String sha256, String contentType, long size, String fileName, Instant uploadedAt,
			String uploader, ScanStatus scanStatus, boolean metadataStripped) {
		this.id = id;
		this.sha256 = sha256;
		this.contentType = contentType;
		this.size = size;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
		this.uploader = uploader;
		this.scanStatus = scanStatus;
		this.metadataStripped = metadataStripped;
	}

	/** Gives the attachment to its owner; linking again to the same owner changes nothing. */
	void linkTo(String ownerType, String ownerId, Instant at) {
		if (isLinkedTo(ownerType, ownerId)) {
			return;
		}
		if (this.ownerType != null) {
			throw DomainException.conflict("ATTACHMENT_ALREADY_LINKED", "attachment " + id + " belongs to another owner");
		}
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.linkedAt = at;
	}

	boolean isLinkedTo(String ownerType, String ownerId) {
		return Objects.equals(this.ownerType, ownerType) && Objects.equals(this.ownerId, ownerId);
	}

	boolean isLinked() {
		return ownerType != null;
	}

	boolean uploadedBy(String username) {
		return uploader.equals(username);
	}

	boolean isPublicUpload() {
		return Attachments.PUBLIC_UPLOADER.equals(uploader);
	}

	String getId() {
		return id;
	}

	String getSha256() {
		return sha256;
	}

	String getOwnerType() {
		return ownerType;
	}

	String getOwnerId() {
		return ownerId;
	}

	AttachmentInfo info() {
		return new AttachmentInfo(id, sha256, contentType, size, fileName, uploadedAt, uploader, scanStatus,
				metadataStripped, ownerType, ownerId);
	}
}
