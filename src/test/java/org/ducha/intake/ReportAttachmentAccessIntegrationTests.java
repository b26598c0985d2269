package org.ducha.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A report's attachments are served exactly to those who see the report (ReportAttachmentPolicy,
 * SPEC §1 and §15): to the intake officer who registered it, never to the accused cadre or a user of
 * an accused unit whatever their role, nor to a user outside its visibility — all of them get the
 * same 404 as for an attachment that does not exist.
 */
class ReportAttachmentAccessIntegrationTests extends IntakeIntegrationSupport {

	static final byte[] EVIDENCE = "举报材料：窗口推诿的记录".getBytes(StandardCharsets.UTF_8);

	/** A report naming 陈刚 (C012) of the 住建局 (ZJJ), also an accused unit, registered with one attachment. */
	String attachmentOfAReport() throws Exception {
		String upload = mvc.perform(multipart("/api/v1/attachments")
			.file(new MockMultipartFile("file", "记录.txt", "text/plain", EVIDENCE)).with(INTAKE))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String attachmentId = JsonPath.read(upload, "$.id");
		String body = namedReport().replace("\"occurredOn\":\"2026-09-01\"",
				"\"occurredOn\":\"2026-09-01\",\"attachmentIds\":[\"" + attachmentId + "\"]");
		registerId(body);
		return attachmentId;
	}

	void served(String attachmentId, RequestPostProcessor who) throws Exception {
		mvc.perform(get("/api/v1/attachments/" + attachmentId + "/content").with(who)).andExpect(status().isOk())
			.andExpect(content().bytes(EVIDENCE));
		mvc.perform(get("/api/v1/attachments/" + attachmentId).with(who)).andExpect(status().isOk());
		mvc.perform(get("/attachments/" + attachmentId).with(who)).andExpect(status().isOk());
	}

	void notFound(String attachmentId, RequestPostProcessor who) throws Exception {
		mvc.perform(get("/api/v1/attachments/" + attachmentId + "/content").with(who)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_NOT_FOUND"));
		mvc.perform(get("/api/v1/attachments/" + attachmentId).with(who)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ATTACHMENT_NOT_FOUND"));
		mvc.perform(get("/attachments/" + attachmentId).with(who)).andExpect(status().isNotFound());
	}

	@Test
	void theRegisteringIntakeOfficerAndTheOfficeAreServedTheAttachment() throws Exception {
		String attachmentId = attachmentOfAReport();
		served(attachmentId, INTAKE);
		served(attachmentId, OFFICER);
		served(attachmentId, LEADER);
	}

	@Test
	void theAccusedCadreNeverGetsTheAttachmentWhateverHisRole() throws Exception {
		String attachmentId = attachmentOfAReport();
		notFound(attachmentId, user("chengang").roles("CADRE"));
		notFound(attachmentId, user("chengang").roles("LEADER"));
	}

	@Test
	void theUsersOfAnAccusedUnitNeverGetTheAttachmentWhateverTheirRole() throws Exception {
		String attachmentId = attachmentOfAReport();
		notFound(attachmentId, UNIT_PRINCIPAL);
		notFound(attachmentId, user("zjj-liaison").roles("UNIT_LIAISON"));
		notFound(attachmentId, user("zjj").roles("OFFICER"));
	}

	@Test
	void usersOutsideTheReportsVisibilityGetNotFoundLikeAMissingAttachment() throws Exception {
		String attachmentId = attachmentOfAReport();
		notFound(attachmentId, user("intake-2").roles("INTAKE_OFFICER"));
		notFound(attachmentId, user("inspector").roles("INSPECTOR"));
		notFound(attachmentId, user("scj").roles("UNIT_PRINCIPAL"));
		notFound("00000000-0000-0000-0000-000000000000", OFFICER);
	}
}
