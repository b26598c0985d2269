package org.ducha.accountability.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.accountability.FaultToleranceApplication;
import org.ducha.accountability.FaultToleranceApplications;
import org.ducha.accountability.FaultToleranceChecklist;
import org.ducha.accountability.FaultToleranceOutcome;
import org.ducha.accountability.NewFaultToleranceApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fault-tolerance applications (API.md "Accountability"): {@code POST} by the cadre, his unit principal
 * or the office → 201 PENDING or INELIGIBLE with the reason; {@code /{id}/decision} by the
 * OFFICE_DIRECTOR; {@code /{id}/document} the 容错认定书 (.docx).
 */
@RestController
@RequestMapping("/api/v1/fault-tolerance-applications")
@Tag(name = "Fault tolerance")
class FaultToleranceApiController {

	private final FaultToleranceApplications applications;

	FaultToleranceApiController(FaultToleranceApplications applications) {
		this.applications = applications;
	}

	/**
	 * The body of API.md plus the rest of the checklist; the six checklist booleans beyond API.md's
	 * default to false (the less favourable answer) when absent.
	 */
	record ApplicationRequest(String caseId, Boolean privateGain, Boolean eightRulesViolation,
			Boolean defiedProhibition, Boolean collectiveDecision, Boolean lossRetrieved, String statement,
			Boolean lackOfExperience, Boolean explorationNotProhibited, Boolean unintendedForDevelopment,
			Boolean withinPolicy, Boolean diligent, Boolean noMajorLoss, Boolean correctedPromptly) {

		NewFaultToleranceApplication toNew() {
			return new NewFaultToleranceApplication(caseId, new FaultToleranceChecklist(is(privateGain),
					is(eightRulesViolation), is(defiedProhibition), is(lackOfExperience), is(explorationNotProhibited),
					is(unintendedForDevelopment), is(withinPolicy), is(collectiveDecision), is(diligent), is(noMajorLoss),
					is(lossRetrieved), is(correctedPromptly)), statement);
		}

		private static boolean is(Boolean b) {
			return Boolean.TRUE.equals(b);
		}
	}

	record DecisionRequest(FaultToleranceOutcome outcome, String basis) {
	}

	record ApplicationResponse(String id, String caseId, String status, String reason, List<String> reasons,
			String applicantKind, String applicant, LocalDate appliedOn, FaultToleranceChecklist checklist,
			String statement, String outcome, String basis, LocalDate decidedOn) {

		static ApplicationResponse of(FaultToleranceApplication a) {
			List<String> reasons = a.ineligibilityReasons().stream().map(Enum::name).toList();
			return new ApplicationResponse(String.valueOf(a.getId()), a.getCaseId(), a.getStatus().name(),
					reasons.isEmpty() ? null : String.join(",", reasons), reasons, a.getApplicantKind().name(),
					a.getApplicantUsername(), a.getAppliedOn(), a.checklist(), a.getStatement(),
					a.getOutcome() == null ? null : a.getOutcome().name(), a.getBasis(), a.getDecidedOn());
		}
	}

	@PostMapping
	@Operation(summary = "Apply for fault tolerance on an open, undecided case")
	ResponseEntity<ApplicationResponse> apply(@RequestBody ApplicationRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		FaultToleranceApplication a = applications.apply(body.toNew(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationResponse.of(a));
	}

	@GetMapping("/{id}")
	ApplicationResponse get(@PathVariable String id) {
		return ApplicationResponse.of(applications.get(id));
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide: EXEMPT, MITIGATE or REFUSE with a basis (OFFICE_DIRECTOR)")
	ApplicationResponse decide(@PathVariable String id, @RequestBody DecisionRequest body) {
		return ApplicationResponse.of(applications.decide(id, body.outcome(), body.basis()));
	}

	@GetMapping("/{id}/document")
	@Operation(summary = "The 容错认定书 of a decided application (.docx)")
	ResponseEntity<byte[]> document(@PathVariable String id) {
		return docx(out -> applications.writeDocument(id, out), "fault-tolerance-" + id + ".docx");
	}

	static ResponseEntity<byte[]> docx(java.util.function.Consumer<ByteArrayOutputStream> writer, String filename) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.accept(out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}
}
