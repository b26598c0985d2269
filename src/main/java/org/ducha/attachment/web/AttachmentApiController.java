package org.ducha.attachment.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.attachment.ScannerUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff uploads and attachment reads (API.md "Problems and assignments"). An upload honours the
 * {@code Idempotency-Key} header: the same key from the same user within 24 hours answers the first
 * attachment again and stores nothing new.
 */
@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentApiController {

	/** Every business role of SPEC §1; the three administrators never handle business data. */
	static final String STAFF = "hasAnyRole('LEADER','OFFICE_DIRECTOR','OFFICER','INTAKE_OFFICER','INSPECTOR',"
			+ "'UNIT_PRINCIPAL','UNIT_LIAISON','CADRE')";

	private final Attachments attachments;
	private final MessageSource messages;

	AttachmentApiController(Attachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(STAFF)
	ResponseEntity<UploadedAttachment> upload(@RequestPart("file") MultipartFile file,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user)
			throws IOException {
		AttachmentInfo info;
		try (InputStream in = file.getInputStream()) {
			info = attachments.store(in, file.getOriginalFilename(), user.getName(), false, idempotencyKey);
		}
		return ResponseEntity.created(URI.create("/api/v1/attachments/" + info.id()))
			.body(new UploadedAttachment(info.id(), info.sha256(), info.contentType(), info.size()));
	}

	@GetMapping("/{id}")
	AttachmentResponse metadata(@PathVariable String id, Authentication user) {
		return AttachmentResponse.of(attachments.get(id, user));
	}

	@GetMapping("/{id}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable String id, Authentication user) {
		return Downloads.of(attachments.open(id, user));
	}

	@ExceptionHandler(ScannerUnavailableException.class)
	ResponseEntity<ProblemDetail> scannerUnavailable() {
		String code = "ATTACHMENT_SCAN_UNAVAILABLE";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("error." + code, null, code, LocaleContextHolder.getLocale()));
		problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
		problem.setType(URI.create("urn:ducha:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setProperty("code", code);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
