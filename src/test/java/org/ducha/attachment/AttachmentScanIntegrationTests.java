package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads with a virus scanner configured: a fake clamd on a loopback port. */
@SpringBootTest(properties = "ducha.attachments.dir=" + AttachmentScanIntegrationTests.DIR)
@AutoConfigureMockMvc
class AttachmentScanIntegrationTests {

	static final String DIR = "target/test-attachments/scan";
	static final FakeClamd clamd = start();

	@DynamicPropertySource
	static void scanner(DynamicPropertyRegistry registry) {
		registry.add("ducha.attachments.clamd.host", () -> "127.0.0.1");
		registry.add("ducha.attachments.clamd.port", clamd::port);
		registry.add("ducha.attachments.clamd.timeout", () -> "5s");
	}

	@AfterAll
	static void stop() throws IOException {
		clamd.close();
	}

	@Autowired
	Attachments attachments;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aCleanUploadIsScannedWholeAndMarkedClean() {
		byte[] content = SampleFiles.text(AttachmentsIntegrationTests.uniqueText());

		AttachmentInfo info = attachments.store(new ByteArrayInputStream(content), "a.txt", "alice", false);

		assertThat(info.scanStatus()).isEqualTo(ScanStatus.CLEAN);
		assertThat(clamd.received()).anySatisfy(received -> assertThat(received).isEqualTo(content));
	}

	@Test
	void anInfectedUploadIsRefusedNothingIsStoredAndTheRefusalIsAudited() throws IOException {
		byte[] infected = SampleFiles.text(AttachmentsIntegrationTests.uniqueText() + FakeClamd.VIRUS_MARKER);
		String sha256 = AttachmentsIntegrationTests.sha256(infected);
		long rows = rows();

		AttachmentsIntegrationTests.assertRefused(
				() -> attachments.store(new ByteArrayInputStream(infected), "invoice.txt", "alice", false),
				"ATTACHMENT_INFECTED");

		assertThat(rows()).isEqualTo(rows);
		assertThat(Path.of(DIR, sha256.substring(0, 2), sha256.substring(2, 4), sha256)).doesNotExist();
		try (var staging = Files.list(Path.of(DIR, "tmp"))) {
			assertThat(staging).isEmpty();
		}
		List<AuditEvent> refusals = audit.search(null, null, "ATTACHMENT_REFUSED_INFECTED", PageRequest.of(0, 50)).getContent();
		assertThat(refusals).anySatisfy(e -> assertThat(e.getDetails())
			.isEqualTo("sha256=" + sha256 + " signature=" + FakeClamd.SIGNATURE));
	}

	@Test
	void theApiRefusesAnInfectedUpload() throws Exception {
		mvc.perform(multipart("/api/v1/attachments")
				.file(new MockMultipartFile("file", "a.txt", "text/plain", SampleFiles.text(FakeClamd.VIRUS_MARKER)))
				.with(user("alice").roles("OFFICER")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_INFECTED"));
	}

	@Test
	void whenTheScannerGivesNoVerdictTheUploadIsRefusedAsUnavailable() throws Exception {
		long rows = rows();

		mvc.perform(multipart("/api/v1/attachments")
				.file(new MockMultipartFile("file", "a.txt", "text/plain", SampleFiles.text(FakeClamd.ERROR_MARKER)))
				.with(user("alice").roles("OFFICER")).with(csrf()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("ATTACHMENT_SCAN_UNAVAILABLE"));
		assertThat(rows()).isEqualTo(rows);
	}

	private long rows() {
		return jdbc.queryForObject("select count(*) from attachment", Long.class);
	}

	private static FakeClamd start() {
		try {
			return new FakeClamd();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
