package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

@AttachmentIntegrationTest
class AttachmentsIntegrationTests {

	static final Authentication ALICE = user("alice");
	static final Authentication BOB = user("bob");

	@Autowired
	Attachments attachments;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	// ---- what is accepted

	@Test
	void theTypeIsDecidedByTheContentNotByTheName() {
		AttachmentInfo info = store(SampleFiles.png(), "report.pdf", "alice");

		assertThat(info.contentType()).isEqualTo("image/png");
		assertThat(info.fileName()).isEqualTo("report.pdf.png");
	}

	@Test
	void anExecutableNamedLikeAPhotoIsRefusedAndNothingIsRecorded() {
		long before = rows();

		assertRefused(() -> store(SampleFiles.windowsExecutable(), "photo.jpg", "alice"), "ATTACHMENT_TYPE_NOT_ALLOWED");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void typesOutsideTheAllowListAreRefused() {
		assertRefused(() -> store(SampleFiles.text("<html><script>alert(1)</script></html>"), "note.txt", "alice"),
				"ATTACHMENT_TYPE_NOT_ALLOWED");
		assertRefused(() -> store(SampleFiles.zip("a.txt", SampleFiles.text("x")), "evidence.docx", "alice"),
				"ATTACHMENT_TYPE_NOT_ALLOWED");
		byte[] unknown = new byte[512];
		new Random(3).nextBytes(unknown);
		unknown[0] = 0x01;
		assertRefused(() -> store(unknown, "photo.jpg", "alice"), "ATTACHMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void anUploadOverTheSizeLimitIsRefusedAndOneAtTheLimitIsAccepted() {
		byte[] text = SampleFiles.text(uniqueText() + "a".repeat(256 * 1024));

		assertThat(store(Arrays.copyOf(text, 256 * 1024), "limit.txt", "alice").size()).isEqualTo(256 * 1024);
		assertRefused(() -> store(Arrays.copyOf(text, 256 * 1024 + 1), "over.txt", "alice"), "ATTACHMENT_TOO_LARGE");
	}

	@Test
	void anEmptyUploadIsRefused() {
		assertRefused(() -> store(new byte[0], "empty.txt", "alice"), "ATTACHMENT_EMPTY");
	}

	@Test
	void identicalContentIsStoredOnce() throws IOException {
		byte[] content = SampleFiles.text(uniqueText());
		long filesBefore = storedFiles();

		AttachmentInfo first = store(content, "a.txt", "alice");
		AttachmentInfo second = store(content, "b.txt", "bob");

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256()).isEqualTo(sha256(content));
		assertThat(storedFiles()).isEqualTo(filesBefore + 1);
		assertThat(storedBytes(first.sha256())).isEqualTo(content);
	}

	// ---- metadata stripping

	@Test
	void aPublicJpegIsStoredWithoutItsExifAndGps() throws IOException {
		byte[] photo = SampleFiles.jpegWithGps();

		AttachmentInfo info = attachments.store(new ByteArrayInputStream(photo), "IMG_0001.jpg",
				Attachments.PUBLIC_UPLOADER, true);

		byte[] stored = storedBytes(info.sha256());
		assertThat(info.metadataStripped()).isTrue();
		assertThat(SampleFiles.contains(stored, "Exif")).isFalse();
		assertThat(SampleFiles.contains(stored, SampleFiles.GPS_LATITUDE_39_54_27)).isFalse();
		assertThat(SampleFiles.decode(stored)).isNotNull();
		assertThat(info.sha256()).isEqualTo(sha256(stored)).isNotEqualTo(sha256(photo));
		assertThat(info.size()).isEqualTo(stored.length);
	}

	@Test
	void aPublicPngIsStoredWithoutItsTextChunks() throws IOException {
		AttachmentInfo info = attachments.store(new ByteArrayInputStream(SampleFiles.pngWithTextChunks(SampleFiles.png())),
				"map.png", Attachments.PUBLIC_UPLOADER, true);

		byte[] stored = storedBytes(info.sha256());
		assertThat(stored).isEqualTo(SampleFiles.png());
		assertThat(SampleFiles.contains(stored, "Zhang San")).isFalse();
	}

	@Test
	void aStaffPhotoKeepsItsMetadataAsEvidence() throws IOException {
		AttachmentInfo info = store(SampleFiles.jpegWithGps(), "inspection.jpg", "inspector");

		assertThat(info.metadataStripped()).isFalse();
		assertThat(SampleFiles.contains(storedBytes(info.sha256()), SampleFiles.GPS_LATITUDE_39_54_27)).isTrue();
	}

	@Test
	void aPublicHeicIsRefusedBecauseItsMetadataCannotBeRemovedButStaffMayUploadIt() {
		byte[] heic = SampleFiles.isoMedia("heic");

		assertRefused(() -> attachments.store(new ByteArrayInputStream(heic), "IMG.HEIC", Attachments.PUBLIC_UPLOADER, true),
				"ATTACHMENT_METADATA_NOT_REMOVABLE");
		assertThat(store(heic, "IMG.HEIC", "alice").contentType()).isEqualTo("image/heic");
	}

	// ---- scanning

	@Test
	void withoutAConfiguredScannerUploadsAreMarkedNotScanned() {
		assertThat(store(SampleFiles.text(uniqueText()), "a.txt", "alice").scanStatus()).isEqualTo(ScanStatus.NOT_SCANNED);
	}

	// ---- who may see what

	@Test
	void anUnlinkedAttachmentIsVisibleToItsUploaderOnly() throws IOException {
		byte[] content = SampleFiles.text(uniqueText());
		AttachmentInfo info = store(content, "a.txt", "alice");

		assertThat(attachments.get(info.id(), ALICE).id()).isEqualTo(info.id());
		try (AttachmentContent opened = attachments.open(info.id(), ALICE)) {
			assertThat(opened.stream().readAllBytes()).isEqualTo(content);
		}
		assertHidden(info.id(), BOB);
		assertHidden(info.id(), user("reader-of-anything"));
	}

	@Test
	void someoneElsesAttachmentAnswersExactlyLikeOneThatDoesNotExist() {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "a.txt", "alice");

		DomainException hidden = catchDomain(() -> attachments.get(info.id(), BOB));
		DomainException absent = catchDomain(() -> attachments.get(UUID.randomUUID().toString(), BOB));

		assertThat(hidden.code()).isEqualTo(absent.code()).isEqualTo("ATTACHMENT_NOT_FOUND");
		assertThat(hidden.kind()).isEqualTo(absent.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
	}

	@Test
	void anUnlinkedPublicUploadIsVisibleToNobody() {
		AttachmentInfo info = attachments.store(new ByteArrayInputStream(SampleFiles.text(uniqueText())), "a.txt",
				Attachments.PUBLIC_UPLOADER, true);

		assertHidden(info.id(), user(Attachments.PUBLIC_UPLOADER));
		assertHidden(info.id(), ALICE);
	}

	@Test
	void aLinkedAttachmentIsVisibleAsTheOwnersPolicyDecides() {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "a.txt", "alice");
		String caseId = "C-" + UUID.randomUUID();

		attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, caseId, "alice");

		assertThat(attachments.get(info.id(), user("reader-of-" + caseId)).ownerId()).isEqualTo(caseId);
		assertHidden(info.id(), ALICE);
		assertHidden(info.id(), BOB);
		assertThat(attachments.listOwnedBy(AttachmentTestConfiguration.OWNER_TYPE, caseId)).extracting(AttachmentInfo::id)
			.containsExactly(info.id());
	}

	@Test
	void someoneElsesUploadCannotBeLinked() {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "a.txt", "alice");

		assertRefused(() -> attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, "C1", "bob"),
				"ATTACHMENT_NOT_FOUND");
		assertThat(attachments.find(info.id()).orElseThrow().linked()).isFalse();
	}

	@Test
	void aPublicUploadCanBeLinkedByWhoeverFilesIt() {
		AttachmentInfo info = attachments.store(new ByteArrayInputStream(SampleFiles.text(uniqueText())), "a.txt",
				Attachments.PUBLIC_UPLOADER, true);

		List<AttachmentInfo> linked = attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE,
				"C-public", Attachments.PUBLIC_UPLOADER);

		assertThat(linked).singleElement().extracting(AttachmentInfo::ownerId).isEqualTo("C-public");
	}

	@Test
	void anAttachmentLinkedToOneOwnerCannotBeLinkedToAnother() {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "a.txt", "alice");
		attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, "C1", "alice");

		attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, "C1", "alice");
		assertRefused(() -> attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, "C2", "alice"),
				"ATTACHMENT_ALREADY_LINKED");
		assertThat(attachments.find(info.id()).orElseThrow().ownerId()).isEqualTo("C1");
	}

	@Test
	void linkingToAnOwnerTypeWithoutAnAccessPolicyIsAProgrammingError() {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "a.txt", "alice");

		assertThatThrownBy(() -> attachments.linkTo(List.of(info.id()), "NOBODY_DECIDES", "1", "alice"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// ---- audit

	@Test
	void uploadsViewsDownloadsAndLinksAreAuditedWithIdAndHashButNotTheFileName() throws IOException {
		AttachmentInfo info = store(SampleFiles.text(uniqueText()), "张三的举报材料.txt", "alice");
		attachments.get(info.id(), ALICE);
		attachments.open(info.id(), ALICE).close();
		attachments.linkTo(List.of(info.id()), AttachmentTestConfiguration.OWNER_TYPE, "C9", "alice");

		List<AuditEvent> events = audit.search(info.id(), null, null, PageRequest.of(0, 20)).getContent();

		assertThat(events).extracting(AuditEvent::getAction).containsExactlyInAnyOrder("ATTACHMENT_UPLOADED",
				"ATTACHMENT_VIEWED", "ATTACHMENT_DOWNLOADED", "ATTACHMENT_LINKED");
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getObjectType()).isEqualTo("Attachment");
			assertThat(e.getDetails()).contains("sha256=" + info.sha256()).doesNotContain("张三").doesNotContain(".txt");
		});
		assertThat(audit.verify().valid()).isTrue();
	}

	// ---- helpers

	private AttachmentInfo store(byte[] content, String name, String uploader) {
		return attachments.store(new ByteArrayInputStream(content), name, uploader, false);
	}

	private void assertHidden(String id, Authentication viewer) {
		assertRefused(() -> attachments.get(id, viewer), "ATTACHMENT_NOT_FOUND");
		assertRefused(() -> attachments.open(id, viewer), "ATTACHMENT_NOT_FOUND");
	}

	static void assertRefused(Runnable action, String code) {
		assertThat(catchDomain(action).code()).isEqualTo(code);
	}

	static DomainException catchDomain(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException e) {
			return e;
		}
		throw new AssertionError("expected a DomainException");
	}

	private long rows() {
		return jdbc.queryForObject("select count(*) from attachment", Long.class);
	}

	static long storedFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(AttachmentIntegrationTest.DIR))) {
			return files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("tmp")).count();
		}
	}

	static byte[] storedBytes(String sha256) throws IOException {
		try (InputStream in = Files.newInputStream(Path.of(AttachmentIntegrationTest.DIR, sha256.substring(0, 2),
				sha256.substring(2, 4), sha256))) {
			return in.readAllBytes();
		}
	}

	static String uniqueText() {
		return "证据 " + UUID.randomUUID() + "\n";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static Authentication user(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, "n/a", List.of(new SimpleGrantedAuthority("ROLE_OFFICER")));
	}
}
