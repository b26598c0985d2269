package org.ducha.intake.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.calendar.TrafficLight;
import org.ducha.intake.IdentityRequest;
import org.ducha.intake.IdentityReveals;
import org.ducha.intake.Registered;
import org.ducha.intake.Report;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReportDrill;
import org.ducha.intake.ReportFilter;
import org.ducha.intake.ReportMessage;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.ReporterIdentity;
import org.ducha.intake.Reports;
import org.ducha.web.ListPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff report endpoints of API.md "Reports (staff)". Roles: reading OFFICER, OFFICE_DIRECTOR,
 * LEADER, INTAKE_OFFICER (its own registrations); registering INTAKE_OFFICER, OFFICER,
 * OFFICE_DIRECTOR; triage, disposal, conclusion, answer and messages OFFICER and OFFICE_DIRECTOR;
 * approvals OFFICE_DIRECTOR. Another role → 403; a report hidden from the caller → 404.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports (staff)")
class ReportApiController {

	static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "trackingNumber", "trackingNumber",
			"status", "status", "dueOn", "clockDueOn", "acceptanceDueOn", "acceptanceDueOn");

	private final Reports reports;
	private final IdentityReveals reveals;
	private final ReportListExport export;

	ReportApiController(Reports reports, IdentityReveals reveals, ReportListExport export) {
		this.reports = reports;
		this.reveals = reveals;
		this.export = export;
	}

	@PostMapping
	@Operation(summary = "Register a report from any channel with its received date")
	ResponseEntity<ReportResponse> register(@Valid @RequestBody RegisterReportRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Registered registered = reports.register(body.toNewReport(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(ReportResponse.of(registered.report(), registered.light(),
				registered.reporter(), true, registered.queryCode()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A report, audited as a read of its content")
	ReportResponse get(@PathVariable String id) {
		return ReportResponse.of(reports.view(id), null);
	}

	@GetMapping
	@Operation(summary = "Reports visible to the caller, filtered (no content; the reporter masked)")
	ListPage<ReportListItem> list(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) TrafficLight light, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) ReportChannel channel,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) LocalDate receivedFrom, @RequestParam(required = false) LocalDate receivedTo,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, ReportDrill drill) {
		ReportFilter filter = new ReportFilter(status, channel, categoryCode, light, campaignId, unitCode, receivedFrom,
				receivedTo, trackingNumber, q, drill);
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		Page<Report> found = reports.search(filter, pageable);
		Map<String, ReporterIdentity> masks = reports.maskedReporters(found.getContent());
		return ListPage.of(found, r -> ReportListItem.of(r, reports.lightOf(r), masks.get(String.valueOf(r.getId()))));
	}

	@GetMapping(params = "format=xlsx")
	@Operation(summary = "The whole filtered list as .xlsx (no content, no reporter identity), audited")
	void listXlsx(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) TrafficLight light, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) ReportChannel channel,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) LocalDate receivedFrom, @RequestParam(required = false) LocalDate receivedTo,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			ReportDrill drill, HttpServletResponse response) throws IOException {
		export.respond(response, new ReportFilter(status, channel, categoryCode, light, campaignId, unitCode,
				receivedFrom, receivedTo, trackingNumber, q, drill), sortOf(sort));
	}

	static Sort sortOf(String sort) {
		Sort fallback = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"));
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",");
		String property = SORTABLE.get(parts[0].strip());
		if (property == null) {
			return fallback;
		}
		boolean desc = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
		return Sort.by(desc ? Sort.Order.desc(property) : Sort.Order.asc(property)).and(Sort.by(Sort.Order.desc("id")));
	}

	@PostMapping("/{id}/accept")
	ReportResponse accept(@PathVariable String id, @RequestBody(required = false) Map<String, Object> ignored) {
		return after(id, () -> reports.accept(id));
	}

	@PostMapping("/{id}/reject")
	ReportResponse reject(@PathVariable String id, @RequestBody ReportRequests.Reason body) {
		return after(id, () -> reports.reject(id, body.reason()));
	}

	@PostMapping("/{id}/transfer")
	ReportResponse transfer(@PathVariable String id, @RequestBody ReportRequests.Transfer body) {
		return after(id, () -> reports.transfer(id, body.to(), body.reason()));
	}

	@PostMapping("/{id}/merge")
	ReportResponse merge(@PathVariable String id, @RequestBody ReportRequests.Merge body) {
		return after(id, () -> reports.merge(id, body.intoId()));
	}

	@PostMapping("/{id}/acceptance-notice")
	@Operation(summary = "Record the date a named reporter was told of the acceptance")
	ReportResponse acceptanceNotice(@PathVariable String id, @RequestBody ReportRequests.DateBody body) {
		return after(id, () -> reports.tellAcceptance(id, body.date()));
	}

	@PostMapping("/{id}/disposal")
	@Operation(summary = "Propose a disposal with its handler (409 RECUSAL_REQUIRED for an accused handler)")
	ReportResponse disposal(@PathVariable String id, @RequestBody ReportRequests.Disposal body) {
		return after(id, () -> reports.proposeDisposal(id, body.method(), body.handlerUsername(), body.reason(),
				body.reviewOn()));
	}

	@PostMapping("/{id}/disposal/approve")
	ReportResponse approveDisposal(@PathVariable String id) {
		return after(id, () -> reports.approveDisposal(id));
	}

	@PostMapping("/{id}/disposal/refuse")
	ReportResponse refuseDisposal(@PathVariable String id, @RequestBody ReportRequests.Reason body) {
		return after(id, () -> reports.refuseDisposal(id, body.reason()));
	}

	@PostMapping("/{id}/disposal/letter-sent")
	ReportResponse letterSent(@PathVariable String id, @RequestBody ReportRequests.DateBody body) {
		return after(id, () -> reports.recordLetterSent(id, body.date()));
	}

	@PostMapping("/{id}/disposal/letter-received")
	ReportResponse letterReceived(@PathVariable String id, @RequestBody ReportRequests.DateBody body) {
		return after(id, () -> reports.recordLetterReceived(id, body.date()));
	}

	@PostMapping("/{id}/disposal/reply")
	ReportResponse reply(@PathVariable String id, @RequestBody ReportRequests.DateBody body) {
		return after(id, () -> reports.recordReply(id, body.date()));
	}

	@PostMapping("/{id}/disposal/extension")
	ReportResponse requestExtension(@PathVariable String id, @RequestBody ReportRequests.Reason body) {
		return after(id, () -> reports.requestExtension(id, body.reason()));
	}

	@PostMapping("/{id}/disposal/extension/approve")
	ReportResponse approveExtension(@PathVariable String id) {
		return after(id, () -> reports.approveExtension(id));
	}

	@PostMapping("/{id}/disposal/extension/refuse")
	ReportResponse refuseExtension(@PathVariable String id) {
		return after(id, () -> reports.refuseExtension(id));
	}

	@PostMapping("/{id}/conclude")
	ReportResponse conclude(@PathVariable String id, @RequestBody ReportRequests.Conclude body) {
		return after(id, () -> reports.conclude(id, body.finding(), body.summary()));
	}

	@PostMapping("/{id}/answer")
	ReportResponse answer(@PathVariable String id, @RequestBody ReportRequests.Answer body) {
		return after(id, () -> reports.answer(id, body.text(), body.toldOn()));
	}

	@PostMapping("/{id}/messages")
	@Operation(summary = "The office's message to the reporter")
	ResponseEntity<MessageResponse> message(@PathVariable String id, @RequestBody ReportRequests.Text body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		ReportMessage message = reports.sendMessage(id, body.text(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageResponse.of(message));
	}

	@GetMapping("/{id}/messages")
	List<MessageResponse> messages(@PathVariable String id) {
		return reports.view(id).messages().stream().map(MessageResponse::of).toList();
	}

	@PostMapping("/{id}/identity-requests")
	@Operation(summary = "Ask a SECURITY_ADMIN to reveal the reporter's identity")
	ResponseEntity<IdentityRequestResponse> requestIdentity(@PathVariable String id,
			@RequestBody ReportRequests.Reason body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		IdentityRequest request = reveals.request(id, body.reason(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(IdentityRequestResponse.of(request, null));
	}

	private ReportResponse after(String id, Supplier<Report> step) {
		step.get();
		return ReportResponse.of(reports.view(id), null);
	}
}
