package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AttachmentIntegrationTest
class AttachmentApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Attachments attachments;

	@Autowired
	AuditLog audit;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anUploadAnswers201WithIdHashTypeAndSizeOnly() throws Exception {
		byte[] png = SampleFiles.png();

		String body = upload("alice", "OFFICER", "photo.png", png)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(AttachmentsIntegrationTests.sha256(png)))
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.size").value(png.length))
			.andReturn().getResponse().getContentAsString();

		Map<String, Object> json = new BasicJsonParser().parseMap(body);
		assertThat(json).containsOnlyKeys("id", "sha256", "contentType", "size");
		assertThat(attachments.find((String) json.get("id"))).isPresent();
	}

	@Test
	void theThreeAdministratorsMayNotUpload() throws Exception {
		for (String role : List.of("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDITOR")) {
			upload("admin", role, "a.txt", SampleFiles.text("x")).andExpect(status().isForbidden());
		}
	}

	@Test
	void anExecutableNamedJpgIsRefusedWithAProblem() throws Exception {
		upload("alice", "INSPECTOR", "photo.jpg", SampleFiles.windowsExecutable())
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("ATTACHMENT_TYPE_NOT_ALLOWED"));
	}

	@Test
	void anUploadOverTheLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
		mvc.perform(multipart("/api/v1/attachments").file(file("big.txt", new byte[256 * 1024 + 1]))
				.with(user("alice").roles("OFFICER")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_TOO_LARGE"))
			.andExpect(jsonPath("$.detail").value("文件超过大小上限（256 KB）。"));
	}

	@Test
	void anEmptyUploadIsRefused() throws Exception {
		upload("alice", "OFFICER", "empty.txt", new byte[0])
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_EMPTY"));
	}

	@Test
	void theUploaderReadsTheMetadataIncludingTheScanStatus() throws Exception {
		String id = uploadedId("alice", "证据.txt", SampleFiles.text(AttachmentsIntegrationTests.uniqueText()));

		mvc.perform(get("/api/v1/attachments/{id}", id).with(user("alice").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.fileName").value("证据.txt"))
			.andExpect(jsonPath("$.contentType").value("text/plain"))
			.andExpect(jsonPath("$.uploader").value("alice"))
			.andExpect(jsonPath("$.scanStatus").value("NOT_SCANNED"))
			.andExpect(jsonPath("$.metadataStripped").value(false))
			.andExpect(jsonPath("$.ownerType").isEmpty());
	}

	@Test
	void someoneElsesUnlinkedUploadAnswers404ExactlyLikeAMissingOne() throws Exception {
		String id = uploadedId("alice", "a.txt", SampleFiles.text(AttachmentsIntegrationTests.uniqueText()));
		String missing = UUID.randomUUID().toString();

		for (String path : List.of("/api/v1/attachments/{id}", "/api/v1/attachments/{id}/content")) {
			String hidden = notFound(path, id);
			String absent = notFound(path, missing);
			assertThat(hidden.replace(id, "ID")).isEqualTo(absent.replace(missing, "ID"));
		}
	}

	@Test
	void theDownloadIsAnAttachmentWithASafeNameThatIsNeverSniffed() throws Exception {
		byte[] content = SampleFiles.text(AttachmentsIntegrationTests.uniqueText());
		String id = uploadedId("alice", "整改 报告.txt", content);

		mvc.perform(get("/api/v1/attachments/{id}/content", id).with(user("alice").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(content))
			.andExpect(header().string("Content-Type", "text/plain"))
			.andExpect(header().longValue("Content-Length", content.length))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"attachment.txt\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%20%E6%8A%A5%E5%91%8A.txt"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aPageDownloadFollowsTheSameRules() throws Exception {
		byte[] content = SampleFiles.text(AttachmentsIntegrationTests.uniqueText());
		String id = uploadedId("alice", "a.txt", content);

		mvc.perform(get("/attachments/{id}", id).with(user("alice").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(content))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/attachments/{id}", id).with(user("bob").roles("OFFICER")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("附件不存在。")));
	}

	@Test
	void aLinkedAttachmentIsDownloadedByWhomTheOwnersPolicyAllows() throws Exception {
		String id = uploadedId("alice", "a.txt", SampleFiles.text(AttachmentsIntegrationTests.uniqueText()));
		attachments.linkTo(List.of(id), AttachmentTestConfiguration.OWNER_TYPE, "K7", "alice");

		mvc.perform(get("/api/v1/attachments/{id}/content", id).with(user("reader-of-K7").roles("OFFICER")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/attachments/{id}/content", id).with(user("alice").roles("OFFICER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void attachmentListsShowThatAttachmentsWereNotScanned() throws Exception {
		String id = uploadedId("alice", "scan.txt", SampleFiles.text(AttachmentsIntegrationTests.uniqueText()));
		String caseId = "L-" + UUID.randomUUID();
		attachments.linkTo(List.of(id), AttachmentTestConfiguration.OWNER_TYPE, caseId, "alice");

		mvc.perform(get("/test-cases/{id}/attachments", caseId).with(user("reader-of-" + caseId).roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未扫描（未配置病毒扫描）")))
			.andExpect(content().string(containsString("href=\"/attachments/" + id + "\"")))
			.andExpect(content().string(containsString("scan.txt")));
		mvc.perform(get("/test-cases/{id}/attachments", caseId).param("lang", "en")
				.with(user("reader-of-" + caseId).roles("OFFICER")))
			.andExpect(content().string(containsString("Not scanned (no virus scanner configured)")));
	}

	@Test
	void uploadsAndDownloadsThroughTheApiAreAuditedUnderTheUsersName() throws Exception {
		String id = uploadedId("alice", "张三的举报.txt", SampleFiles.text(AttachmentsIntegrationTests.uniqueText()));
		mvc.perform(get("/api/v1/attachments/{id}/content", id).with(user("alice").roles("OFFICER")))
			.andExpect(status().isOk());

		List<AuditEvent> events = audit.search(id, null, null, PageRequest.of(0, 10)).getContent();

		assertThat(events).extracting(AuditEvent::getAction)
			.containsExactlyInAnyOrder("ATTACHMENT_UPLOADED", "ATTACHMENT_DOWNLOADED");
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getActor()).isEqualTo("alice");
			assertThat(e.getDetails()).doesNotContain("张三");
		});
	}

	private ResultActions uploadWithKey(String username, String key, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/attachments").file(file(name, content)).header("Idempotency-Key", key)
			.with(user(username).roles("OFFICER")).with(csrf()));
	}

	private Map<String, Object> created(ResultActions result) throws Exception {
		return new BasicJsonParser().parseMap(result.andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString());
	}

	private long storedBy(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE uploader = :u").param("u", username)
			.query(Long.class).single();
	}

	@Test
	void theSameIdempotencyKeyFromTheSameUserAnswersTheFirstAttachmentAndStoresNothingNew() throws Exception {
		String uploader = "idem-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		Map<String, Object> first = created(uploadWithKey(uploader, key, "a.txt", SampleFiles.text("第一次")));
		Map<String, Object> again = created(uploadWithKey(uploader, key, "a.txt", SampleFiles.text("第一次")));
		Map<String, Object> otherContent = created(uploadWithKey(uploader, key, "b.txt", SampleFiles.text("另一份")));
		assertThat(again).isEqualTo(first);
		assertThat(otherContent).isEqualTo(first);
		assertThat(storedBy(uploader)).isEqualTo(1);
		assertThat(audit.search((String) first.get("id"), null, "ATTACHMENT_UPLOADED", PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void anIdempotencyKeyBelongsToOneUserAndLastsTwentyFourHours() throws Exception {
		String alice = "idem-a-" + UUID.randomUUID();
		String bob = "idem-b-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		Map<String, Object> byAlice = created(uploadWithKey(alice, key, "a.txt", SampleFiles.text("x")));
		Map<String, Object> byBob = created(uploadWithKey(bob, key, "a.txt", SampleFiles.text("x")));
		assertThat(byBob.get("id")).isNotEqualTo(byAlice.get("id"));
		assertThat(byBob.get("sha256")).isEqualTo(byAlice.get("sha256"));

		jdbc.sql("UPDATE attachment_idempotency SET created_at = :at WHERE username = :u")
			.param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(24).minusMinutes(1))
			.param("u", alice).update();
		Map<String, Object> later = created(uploadWithKey(alice, key, "a.txt", SampleFiles.text("x")));
		assertThat(later.get("id")).isNotEqualTo(byAlice.get("id"));
		assertThat(storedBy(alice)).isEqualTo(2);
		assertThat(created(uploadWithKey(alice, key, "a.txt", SampleFiles.text("x"))).get("id")).isEqualTo(later.get("id"));
	}

	@Test
	void withoutAnIdempotencyKeyEachUploadIsStored() throws Exception {
		String uploader = "idem-none-" + UUID.randomUUID();
		String first = uploadedId(uploader, "a.txt", SampleFiles.text("x"));
		String second = uploadedId(uploader, "a.txt", SampleFiles.text("x"));
		assertThat(second).isNotEqualTo(first);
		assertThat(storedBy(uploader)).isEqualTo(2);
	}

	@Test
	void aRefusedUploadRemembersNoKey() throws Exception {
		String uploader = "idem-bad-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		uploadWithKey(uploader, key, "photo.jpg", SampleFiles.windowsExecutable()).andExpect(status().isBadRequest());
		Map<String, Object> stored = created(uploadWithKey(uploader, key, "a.txt", SampleFiles.text("x")));
		assertThat(stored.get("contentType")).isEqualTo("text/plain");
		assertThat(storedBy(uploader)).isEqualTo(1);
	}

	private ResultActions upload(String username, String role, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/attachments").file(file(name, content))
			.with(user(username).roles(role)).with(csrf()));
	}

	private String uploadedId(String username, String name, byte[] content) throws Exception {
		String body = upload(username, "OFFICER", name, content).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return (String) new BasicJsonParser().parseMap(body).get("id");
	}

	private String notFound(String path, String id) throws Exception {
		return mvc.perform(get(path, id).with(user("bob").roles("OFFICER")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_NOT_FOUND"))
			.andReturn().getResponse().getContentAsString();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}
}
