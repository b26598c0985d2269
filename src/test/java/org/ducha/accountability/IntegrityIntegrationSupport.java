package org.ducha.accountability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ducha.intake.Finding;
import org.ducha.intake.ReportConcluded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Fixtures of the integrity tests: decided and revoked cases, unsubstantiated reports, .docx text. */
abstract class IntegrityIntegrationSupport extends AccountabilityIntegrationSupport {

	@Autowired
	AccountabilityCaseRepository caseRepository;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IntegrityReportLeadRepository leads;

	String openCase(String cadreNo) {
		return as("officer", () -> cases.open(NewCase.againstCadre(cadreNo, "违规审批施工许可")).id());
	}

	/** A case against the cadre, carried through to a decision with these forms on the date. */
	String decidedCase(String cadreNo, List<Form> forms, LocalDate decidedOn, Integer probationMonths) {
		String id = openCase(cadreNo);
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			AccountabilityCase c = caseRepository.findById(Long.valueOf(id)).orElseThrow();
			Instant now = clock.instant();
			for (Proposal p : c.getProposals()) {
				c.proposalDismissed(p, "经研究不予追究", "officer", decidedOn, now);
			}
			c.recordDefence("本人对事实无异议", false, "officer", decidedOn, now);
			c.startInvestigation("officer", now);
			c.propose("拟予处理", "officer", now);
			if (c.getJurisdictionLevel() == org.ducha.organization.JurisdictionLevel.CITY) {
				c.recordReferral("中共演示市纪委监委", decidedOn, "officer", now);
			}
			c.decide(new AccountabilityCase.Decision(forms, decidedOn, null, "演纪决〔2026〕1号", "演示区纪委监委",
					probationMonths), "director", now);
			caseRepository.save(c);
		});
		return id;
	}

	void revoke(String caseId, LocalDate on) {
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			AccountabilityCase c = caseRepository.findById(Long.valueOf(caseId)).orElseThrow();
			c.fileAppeal(c.getDeliveredOn().plusDays(3), "事实认定有误", "officer", clock.instant());
			c.decideAppeal(AppealOutcome.REVOKED, List.of(), null, on, "director", clock.instant());
			caseRepository.save(c);
		});
	}

	/** A report concluded UNSUBSTANTIATED naming the cadres, as intake announces it. */
	void unsubstantiated(String reportId, boolean named, String... cadreNos) {
		new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ReportConcluded(reportId,
				"JB-2026-" + reportId, Finding.UNSUBSTANTIATED, List.of(cadreNos), List.of("ZJJ"), named, null,
				"BXGD-01-02", LocalDate.of(2026, 9, 10))));
		await(() -> leads.existsById(reportId));
	}

	static final RequestPostProcessor INTAKE = org.springframework.security.test.web.servlet.request
		.SecurityMockMvcRequestPostProcessors.user("intake").roles("INTAKE_OFFICER");

	private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

	/** A report registered, accepted, verified and concluded through the API, naming one roster cadre. */
	String concludedReport(String accusedName, String unitName, Finding finding, boolean named) throws Exception {
		String reporter = named ? """
				"anonymous":false,"pin":"pin-123456",
				"reporter":{"name":"张三","phone":"13800000000","idNumber":"110101199001011234","unit":"某公司","address":"某路1号"},"""
				: "\"anonymous\":true,\"pin\":\"pin-123456\",";
		String body = """
				{"channel":"LETTER","receivedOn":"2026-09-18",%s
				 "accused":[{"name":"%s","unitName":"%s","position":""}],"accusedUnits":[],"categoryCode":"ZFZD-03",
				 "subject":"反映问题 %d","content":"办事窗口多次推诿","occurredOn":"2026-09-01"}"""
			.formatted(reporter, accusedName, unitName, COUNTER.incrementAndGet());
		String created = ok(postJson("/api/v1/reports", body, INTAKE), 201);
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		ok(postJson("/api/v1/reports/" + id + "/accept", "{}", OFFICER), 200);
		ok(postJson("/api/v1/reports/" + id + "/disposal",
				"{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"初步核实\"}", OFFICER), 200);
		ok(postJson("/api/v1/reports/" + id + "/disposal/approve", "{}", DIRECTOR), 200);
		ok(postJson("/api/v1/reports/" + id + "/conclude",
				"{\"finding\":\"" + finding + "\",\"summary\":\"经核实\"}", OFFICER), 200);
		if (finding == Finding.UNSUBSTANTIATED) {
			await(() -> leads.existsById(id));
		}
		return id;
	}

	static String ok(ResultActions actions, int status) throws Exception {
		var response = actions.andReturn().getResponse();
		if (response.getStatus() != status) {
			throw new AssertionError("expected " + status + " but got " + response.getStatus() + ": "
					+ response.getContentAsString());
		}
		return response.getContentAsString();
	}

	ResultActions postJson(String path, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	static String lines(String... parts) {
		return List.of(parts).stream().collect(Collectors.joining("\n"));
	}
}
