package org.ducha.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.intake.AnswerRating;
import org.ducha.intake.FollowUpGrant;
import org.ducha.intake.MessageSender;
import org.ducha.intake.PublicReportAccess;
import org.ducha.intake.PublicReportView;
import org.ducha.intake.Registered;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.TooManyRequestsException;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * API.md "Public (no token)": submit a report, then follow it with the query code and the PIN in
 * the {@code X-Report-Pin} header. A wrong or missing code or PIN answers 404 REPORT_NOT_FOUND,
 * identical in every case; throttled clients get 429 TOO_MANY_REQUESTS.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
@Tag(name = "Public (no token)")
@SecurityRequirements
class PublicReportApiController {

	static final String PIN_HEADER = "X-Report-Pin";

	record Submitted(String trackingNumber, String queryCode, LocalDate receivedOn) {
	}

	record Answer(String text, LocalDate answeredOn) {
	}

	record Message(MessageSender from, String text, Instant sentAt) {
	}

	record View(String trackingNumber, ReportStatus status, LocalDate receivedOn, Answer answer, List<Message> messages,
			AnswerRating rating, boolean mayRate, boolean mayRequestReview) {

		static View of(PublicReportView v) {
			return new View(v.trackingNumber(), v.status(), v.receivedOn(),
					v.answerText() == null ? null : new Answer(v.answerText(), v.answeredOn()),
					v.messages().stream().map(m -> new Message(m.from(), m.text(), m.sentAt())).toList(), v.rating(),
					v.mayRate(), v.mayRequestReview());
		}
	}

	private final PublicReportAccess access;
	private final MessageSource messages;

	PublicReportApiController(PublicReportAccess access, MessageSource messages) {
		this.access = access;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Submit a report; the query code is shown only in this response (and again for the same Idempotency-Key and body within 24 h)")
	ResponseEntity<Submitted> submit(@Valid @RequestBody PublicReportRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		Registered registered;
		try {
			registered = access.submit(body.toNewReport(), request.getRemoteAddr(), idempotencyKey);
		}
		catch (DuplicateKeyException concurrent) {
			// the same key and body submitted at the same moment: the other request has committed; return its result
			registered = access.submit(body.toNewReport(), request.getRemoteAddr(), idempotencyKey);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(new Submitted(registered.report().getTrackingNumber(),
				registered.queryCode(), registered.report().getReceivedOn()));
	}

	@GetMapping("/{queryCode}")
	@Operation(summary = "Status, answer and messages of a report, with the PIN in X-Report-Pin")
	View get(@PathVariable String queryCode, @RequestHeader(name = PIN_HEADER, required = false) String pin,
			HttpServletRequest request) {
		return View.of(access.lookup(queryCode, pin, request.getRemoteAddr()));
	}

	@PostMapping("/{queryCode}/messages")
	ResponseEntity<Void> message(@PathVariable String queryCode,
			@RequestHeader(name = PIN_HEADER, required = false) String pin, @RequestBody ReportRequests.Text body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		access.sendMessage(queryCode, pin, body.text(), request.getRemoteAddr(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{queryCode}/rating")
	@Operation(summary = "Rate the answer, once the report is ANSWERED")
	ResponseEntity<Void> rating(@PathVariable String queryCode,
			@RequestHeader(name = PIN_HEADER, required = false) String pin, @RequestBody ReportRequests.Rating body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		access.rate(queryCode, pin, body.rating(), body.comment(), request.getRemoteAddr(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{queryCode}/review")
	@Operation(summary = "The one review request (复查) of an answered report, with a reason")
	ResponseEntity<Void> review(@PathVariable String queryCode,
			@RequestHeader(name = PIN_HEADER, required = false) String pin, @RequestBody ReportRequests.Reason body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		access.requestReview(queryCode, pin, body.reason(), request.getRemoteAddr(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/**
	 * Adds one file of evidence: code and PIN are checked (and throttled) first, then the upload is
	 * stored with its metadata stripped (EXIF/GPS) and linked to the report. The same
	 * {@code Idempotency-Key} for the same report within 24 hours answers 201 and stores nothing.
	 */
	@PostMapping(path = "/{queryCode}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a file of evidence (multipart field file); EXIF/GPS removed from images")
	ResponseEntity<Void> evidence(@PathVariable String queryCode,
			@RequestHeader(name = PIN_HEADER, required = false) String pin,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request)
			throws IOException {
		FollowUpGrant grant = access.verify(queryCode, pin, request.getRemoteAddr());
		if (access.evidenceReplayed(grant, idempotencyKey)) {
			return ResponseEntity.status(HttpStatus.CREATED).build();
		}
		if (file == null || file.isEmpty()) {
			throw DomainException.validation("file", "required");
		}
		AttachmentInfo stored;
		try (InputStream in = file.getInputStream()) {
			stored = access.upload(in, file.getOriginalFilename(), request.getRemoteAddr());
		}
		access.addEvidence(grant, List.of(stored.id()), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> throttled() {
		return Throttled.problem(messages);
	}
}
