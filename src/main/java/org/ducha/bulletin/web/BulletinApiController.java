package org.ducha.bulletin.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.bulletin.Bulletin;
import org.ducha.bulletin.BulletinVersion;
import org.ducha.bulletin.Bulletins;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulletin endpoints of API.md "Statistics, bulletins, exports": assemble a month's draft
 * (the office; honours {@code Idempotency-Key}), edit its text and typical cases while DRAFT,
 * approve (OFFICE_DIRECTOR), publish, read, and download as .docx or PDF. Who may do what is
 * decided by {@link Bulletins}.
 */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "Bulletins")
class BulletinApiController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Bulletins bulletins;
	private final BulletinListExport export;

	BulletinApiController(Bulletins bulletins, BulletinListExport export) {
		this.bulletins = bulletins;
		this.export = export;
	}

	record CreateRequest(String month) {
	}

	record CasesRequest(List<String> caseIds) {
	}

	record ListItem(String id, String month, String status, int version, java.time.LocalDate publishedOn) {

		static ListItem of(Bulletin b) {
			return new ListItem(String.valueOf(b.getId()), b.getMonth().toString(), b.getStatus().name(),
					b.getContentVersion(), b.getPublishedOn());
		}
	}

	@PostMapping
	@Operation(summary = "Assemble the draft bulletin of a month from that month's records")
	ResponseEntity<BulletinResponse> create(@RequestBody(required = false) CreateRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		YearMonth month = parseMonth(body == null ? null : body.month());
		return ResponseEntity.status(HttpStatus.CREATED).body(BulletinResponse.of(bulletins.assemble(month, idempotencyKey)));
	}

	@GetMapping
	@Operation(summary = "The bulletins the caller reads (units: published only); ?format=xlsx as a spreadsheet")
	ListPage<ListItem> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		List<Bulletin> all = bulletins.list();
		int p = Math.max(page, 0);
		int s = Math.clamp(size, 1, 200);
		long start = Math.min((long) p * s, all.size());
		List<ListItem> items = all.subList((int) start, (int) Math.min(start + s, all.size())).stream()
			.map(ListItem::of)
			.toList();
		return new ListPage<>(items, p, s, all.size());
	}

	@GetMapping(params = "format=xlsx")
	void export(HttpServletResponse response) throws IOException {
		export.respond(response);
	}

	@GetMapping("/{id}")
	BulletinResponse get(@PathVariable String id) {
		return BulletinResponse.of(bulletins.get(id));
	}

	@PutMapping("/{id}/text")
	@Operation(summary = "Edit the text sections of a draft (a new version)")
	BulletinResponse editText(@PathVariable String id, @RequestBody Bulletins.TextEdit body) {
		return BulletinResponse.of(bulletins.editText(id, body));
	}

	@PutMapping("/{id}/typical-cases")
	@Operation(summary = "Pick the typical cases of a draft from the month's decided cases (a new version)")
	BulletinResponse chooseCases(@PathVariable String id, @RequestBody CasesRequest body) {
		return BulletinResponse.of(bulletins.chooseTypicalCases(id, body == null ? List.of() : body.caseIds()));
	}

	@PostMapping("/{id}/refresh")
	@Operation(summary = "Assemble a draft's figures again from the records (a new version)")
	BulletinResponse refresh(@PathVariable String id) {
		return BulletinResponse.of(bulletins.refresh(id));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "DRAFT → APPROVED (OFFICE_DIRECTOR)")
	BulletinResponse approve(@PathVariable String id) {
		return BulletinResponse.of(bulletins.approve(id));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "APPROVED → PUBLISHED: visible to every unit")
	BulletinResponse publish(@PathVariable String id) {
		return BulletinResponse.of(bulletins.publish(id));
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "The kept versions, newest first, page by page (the office and leaders)")
	ListPage<Map<String, Object>> versions(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<BulletinVersion> all = bulletins.versions(id);
		int p = Math.max(page, 0);
		int s = Math.clamp(size, 1, 200);
		long start = Math.min((long) p * s, all.size());
		List<Map<String, Object>> items = all.subList((int) start, (int) Math.min(start + s, all.size())).stream()
			.map(v -> Map.<String, Object>of("version", v.getNumber(), "change", v.getChange().name(), "savedBy",
					v.getSavedBy(), "savedAt", v.getSavedAt()))
			.toList();
		return new ListPage<>(items, p, s, all.size());
	}

	@GetMapping("/{id}/versions/{number}")
	@Operation(summary = "One kept version's content, as it was saved (the office and leaders)")
	BulletinVersionResponse version(@PathVariable String id, @PathVariable String number) {
		return BulletinVersionResponse.of(bulletins.version(id, versionNumber(number)));
	}

	@GetMapping("/{id}/document")
	@Operation(summary = "The bulletin as a file: ?format=docx (GB/T 9704 layout) or ?format=pdf (required)")
	void document(@PathVariable String id, @RequestParam(required = false) String format,
			HttpServletResponse response) throws IOException {
		if (format == null || format.isBlank()) {
			throw DomainException.validation("format", "required, docx or pdf");
		}
		BulletinDownloads.respond(bulletins, id, format, response);
	}

	/** A version number from the path; anything but a positive number names no version (→ 404 after the role check). */
	static int versionNumber(String number) {
		try {
			return number == null ? 0 : Math.max(Integer.parseInt(number.strip()), 0);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	static YearMonth parseMonth(String month) {
		if (month == null || month.isBlank()) {
			throw DomainException.validation("month", "required, YYYY-MM");
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.validation("month", "YYYY-MM");
		}
	}
}
