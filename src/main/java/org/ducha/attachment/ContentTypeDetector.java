package org.ducha.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.ducha.shared.DomainException;

/**
 * Decides an upload's type from its bytes alone. Tika's magic-byte detection runs without the file
 * name on purpose: given a name, Tika lets it decide whenever the bytes are unknown (random bytes
 * named {@code x.jpg} become {@code image/jpeg}) or generic (any ZIP named {@code x.docx} becomes a
 * Word document). The generic containers are resolved by looking inside them instead: a ZIP by its
 * OOXML content types, an OLE2 compound file by its streams. Macro-enabled documents are refused.
 */
final class ContentTypeDetector {

	private static final Map<String, AllowedType> BY_TIKA_TYPE = Map.ofEntries(
			Map.entry("image/jpeg", AllowedType.JPEG), Map.entry("image/png", AllowedType.PNG),
			Map.entry("image/gif", AllowedType.GIF), Map.entry("image/webp", AllowedType.WEBP),
			Map.entry("image/heic", AllowedType.HEIC), Map.entry("image/heif", AllowedType.HEIF),
			Map.entry("application/pdf", AllowedType.PDF),
			Map.entry("application/vnd.oasis.opendocument.text", AllowedType.ODT),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", AllowedType.ODS),
			Map.entry("application/vnd.oasis.opendocument.presentation", AllowedType.ODP),
			Map.entry("audio/mpeg", AllowedType.MP3), Map.entry("audio/mp4", AllowedType.M4A),
			Map.entry("audio/vnd.wave", AllowedType.WAV), Map.entry("audio/amr", AllowedType.AMR),
			Map.entry("text/plain", AllowedType.TEXT));

	private static final String OOXML_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
	private static final String OOXML_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
	private static final String OOXML_SLIDES = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
	private static final int MAX_CONTENT_TYPES_PART = 1 << 20;

	private final Tika tika = new Tika();

	/** The allowed type of the file's content, or {@code ATTACHMENT_TYPE_NOT_ALLOWED}. */
	AllowedType detect(Path file) throws IOException {
		String detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = baseType(tika.detect(in));
		}
		Optional<AllowedType> type = switch (detected) {
			case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(file);
			case "application/x-tika-msoffice" -> compoundDocument(file);
			case "video/mp4", "video/quicktime" -> Optional.of(isoVideo(file, detected));
			case "application/octet-stream" -> adtsAudio(file) ? Optional.of(AllowedType.AAC) : Optional.empty();
			default -> Optional.ofNullable(BY_TIKA_TYPE.get(detected));
		};
		return type.orElseThrow(() -> notAllowed(detected));
	}

	private static Optional<AllowedType> officeOpenXml(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
			if (contentTypes == null || zip.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
				return Optional.empty();
			}
			String types;
			try (InputStream in = zip.getInputStream(contentTypes)) {
				types = new String(in.readNBytes(MAX_CONTENT_TYPES_PART), StandardCharsets.UTF_8);
			}
			if (types.contains(OOXML_WORD)) {
				return Optional.of(AllowedType.DOCX);
			}
			if (types.contains(OOXML_SHEET)) {
				return Optional.of(AllowedType.XLSX);
			}
			if (types.contains(OOXML_SLIDES)) {
				return Optional.of(AllowedType.PPTX);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static Optional<AllowedType> compoundDocument(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("Macros") || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
				return Optional.empty();
			}
			if (root.hasEntry("WordDocument")) {
				return Optional.of(AllowedType.DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(AllowedType.XLS);
			}
			if (root.hasEntry("PowerPoint Document")) {
				return Optional.of(AllowedType.PPT);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** ISO media files: QuickTime when the major brand says so, MP4 otherwise. */
	private static AllowedType isoVideo(Path file, String detected) throws IOException {
		byte[] head = readHead(file, 12);
		if (head.length == 12 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
			return new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("qt  ") ? AllowedType.MOV : AllowedType.MP4;
		}
		return detected.equals("video/mp4") ? AllowedType.MP4 : AllowedType.MOV;
	}

	/**
	 * Raw AAC (ADTS) has no magic number Tika knows: a frame header starts with twelve 1-bits and
	 * states the frame's length, so the next frame header must follow exactly there.
	 */
	private static boolean adtsAudio(Path file) throws IOException {
		byte[] head = readHead(file, 8192 + 2);
		if (!adtsHeaderAt(head, 0) || head.length < 7) {
			return false;
		}
		int frameLength = ((head[3] & 0x03) << 11) | ((head[4] & 0xFF) << 3) | ((head[5] & 0xE0) >> 5);
		if (frameLength < 7) {
			return false;
		}
		return frameLength == Files.size(file) || adtsHeaderAt(head, frameLength);
	}

	private static boolean adtsHeaderAt(byte[] b, int i) {
		return b.length >= i + 2 && (b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xF6) == 0xF0;
	}

	private static byte[] readHead(Path file, int n) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(n);
		}
	}

	private static String baseType(String mediaType) {
		int semicolon = mediaType.indexOf(';');
		return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
	}

	private static DomainException notAllowed(String detected) {
		return DomainException.invalid("ATTACHMENT_TYPE_NOT_ALLOWED", "content type " + detected + " is not allowed");
	}
}
