package org.ducha.attachment;

import java.util.List;
import java.util.Locale;

/**
 * The allow-list of attachment types (SPEC §15): images, PDF, Office documents, audio, video and
 * plain text, each with its media type and the file name extensions that fit it (the first is
 * appended to a name whose extension does not fit).
 */
enum AllowedType {

	JPEG("image/jpeg", Metadata.STRIPPABLE, "jpg", "jpeg", "jpe", "jfif"),
	PNG("image/png", Metadata.STRIPPABLE, "png"),
	GIF("image/gif", Metadata.STRIPPABLE, "gif"),
	WEBP("image/webp", Metadata.STRIPPABLE, "webp"),
	HEIC("image/heic", Metadata.NOT_REMOVABLE, "heic", "heif"),
	HEIF("image/heif", Metadata.NOT_REMOVABLE, "heif", "heic"),
	PDF("application/pdf", Metadata.NOT_IMAGE, "pdf"),
	DOC("application/msword", Metadata.NOT_IMAGE, "doc", "wps"),
	XLS("application/vnd.ms-excel", Metadata.NOT_IMAGE, "xls", "et"),
	PPT("application/vnd.ms-powerpoint", Metadata.NOT_IMAGE, "ppt", "dps"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Metadata.NOT_IMAGE, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Metadata.NOT_IMAGE, "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Metadata.NOT_IMAGE, "pptx"),
	ODT("application/vnd.oasis.opendocument.text", Metadata.NOT_IMAGE, "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", Metadata.NOT_IMAGE, "ods"),
	ODP("application/vnd.oasis.opendocument.presentation", Metadata.NOT_IMAGE, "odp"),
	MP3("audio/mpeg", Metadata.NOT_IMAGE, "mp3"),
	M4A("audio/mp4", Metadata.NOT_IMAGE, "m4a", "mp4", "aac"),
	AAC("audio/aac", Metadata.NOT_IMAGE, "aac"),
	WAV("audio/wav", Metadata.NOT_IMAGE, "wav"),
	AMR("audio/amr", Metadata.NOT_IMAGE, "amr"),
	MP4("video/mp4", Metadata.NOT_IMAGE, "mp4", "m4v"),
	MOV("video/quicktime", Metadata.NOT_IMAGE, "mov", "qt"),
	TEXT("text/plain", Metadata.NOT_IMAGE, "txt", "text", "log", "csv", "md");

	/** What can be done about embedded image metadata (EXIF, GPS, XMP, comments). */
	enum Metadata {
		/** An image whose metadata {@link ImageMetadataStripper} removes without re-encoding. */
		STRIPPABLE,
		/** An image whose metadata cannot be removed here (HEIF containers). */
		NOT_REMOVABLE,
		/** Not an image. */
		NOT_IMAGE
	}

	final String mediaType;
	final Metadata metadata;
	final List<String> extensions;

	AllowedType(String mediaType, Metadata metadata, String... extensions) {
		this.mediaType = mediaType;
		this.metadata = metadata;
		this.extensions = List.of(extensions);
	}

	boolean fitsExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
