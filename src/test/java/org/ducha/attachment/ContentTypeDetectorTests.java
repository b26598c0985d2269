package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentTypeDetectorTests {

	final ContentTypeDetector detector = new ContentTypeDetector();

	@TempDir
	Path dir;

	static Stream<Arguments> allowedFiles() {
		return Stream.of(
				Arguments.of("jpeg", SampleFiles.jpeg(), "image/jpeg"),
				Arguments.of("png", SampleFiles.png(), "image/png"),
				Arguments.of("gif", SampleFiles.gif(), "image/gif"),
				Arguments.of("webp", SampleFiles.webpWithExifAndXmp(), "image/webp"),
				Arguments.of("heic", SampleFiles.isoMedia("heic"), "image/heic"),
				Arguments.of("pdf", SampleFiles.pdf(), "application/pdf"),
				Arguments.of("doc", SampleFiles.compoundFile("WordDocument", "1Table"), "application/msword"),
				Arguments.of("xls", SampleFiles.xls(), "application/vnd.ms-excel"),
				Arguments.of("ppt", SampleFiles.compoundFile("PowerPoint Document", "Current User"), "application/vnd.ms-powerpoint"),
				Arguments.of("docx", SampleFiles.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				Arguments.of("xlsx", SampleFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				Arguments.of("pptx", SampleFiles.pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
				Arguments.of("odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text"),
				Arguments.of("mp3", SampleFiles.mp3(), "audio/mpeg"),
				Arguments.of("m4a", SampleFiles.isoMedia("M4A "), "audio/mp4"),
				Arguments.of("aac", SampleFiles.aac(), "audio/aac"),
				Arguments.of("wav", SampleFiles.wav(), "audio/wav"),
				Arguments.of("amr", SampleFiles.amr(), "audio/amr"),
				Arguments.of("mp4 (isom)", SampleFiles.isoMedia("isom"), "video/mp4"),
				Arguments.of("mp4 (mp42)", SampleFiles.isoMedia("mp42"), "video/mp4"),
				Arguments.of("mov", SampleFiles.isoMedia("qt  "), "video/quicktime"),
				Arguments.of("chinese text", SampleFiles.text("举报：某局干部违规吃喝。\n时间：2026年3月"), "text/plain"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allowedFiles")
	void everyAllowedKindIsRecognisedByItsContent(String kind, byte[] content, String expected) throws IOException {
		assertThat(detector.detect(file(content)).mediaType).isEqualTo(expected);
	}

	static Stream<Arguments> refusedFiles() {
		byte[] randomBytes = new byte[300];
		new Random(7).nextBytes(randomBytes);
		randomBytes[0] = 0x01;
		return Stream.of(
				Arguments.of("windows executable", SampleFiles.windowsExecutable()),
				Arguments.of("linux executable", SampleFiles.elfExecutable()),
				Arguments.of("shell script", SampleFiles.text("#!/bin/sh\nrm -rf /\n")),
				Arguments.of("html", SampleFiles.text("<html><body><script>alert(1)</script></body></html>")),
				Arguments.of("svg", SampleFiles.text("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
				Arguments.of("plain zip", SampleFiles.zip("a.exe", SampleFiles.windowsExecutable())),
				Arguments.of("macro-enabled word", SampleFiles.withZipEntry(SampleFiles.docx(), "word/vbaProject.bin", new byte[32])),
				Arguments.of("doc with macros", SampleFiles.compoundFile("WordDocument", "Macros/")),
				Arguments.of("other compound file", SampleFiles.compoundFile("__substg1.0_0037001F")),
				Arguments.of("unknown bytes", randomBytes));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void contentOutsideTheAllowListIsRefused(String kind, byte[] content) throws IOException {
		Path file = file(content);
		assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(DomainException.class)
			.extracting("code").isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void aSingleAdtsLikeHeaderIsNotEnoughForAudio() throws IOException {
		byte[] notAac = SampleFiles.aac();
		notAac[20] = 0x00;
		Path file = file(notAac);
		assertThatThrownBy(() -> detector.detect(file)).isInstanceOf(DomainException.class);
	}

	private Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(dir, "sample", ""), content);
	}
}
