package org.ducha.attachment.web;

/** The answer to an upload, as API.md has it. */
record UploadedAttachment(String id, String sha256, String contentType, long size) {
}
