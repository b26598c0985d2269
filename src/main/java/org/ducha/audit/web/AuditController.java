package org.ducha.audit.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor's page: the audit events with filters and paging, and the chain verification.
 * Other roles get 403: the audit log is the auditor's alone.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;
	private final Clock clock;
	private final AuditExport export;

	AuditController(AuditLog audit, Clock clock, AuditExport export) {
		this.audit = audit;
		this.clock = clock;
		this.export = export;
	}

	/** The filtered events as .xlsx (the export button); an invalid filter exports nothing but the header. */
	@GetMapping(params = "format=xlsx")
	void eventsXlsx(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		if (binding.hasErrors()) {
			filter = new AuditFilter();
		}
		export.respond(filter.toQuery(), response);
	}

	@GetMapping
	String events(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		prepare(filter, binding, page, model);
		return htmx.isHtmxRequest() ? "audit/events :: main" : "audit/events";
	}

	/** Walks the whole chain; for htmx only the result box, otherwise the page with the result on it. */
	@GetMapping("/verify")
	String verify(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("verification", audit.verify());
		model.addAttribute("verifiedAt", OffsetDateTime.now(clock));
		if (htmx.isHtmxRequest()) {
			return "audit/events :: verification";
		}
		prepare(filter, binding, page, model);
		return "audit/events";
	}

	private void prepare(AuditFilter filter, BindingResult binding, int page, Model model) {
		if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			binding.rejectValue("to", "audit.filter.to.beforeFrom");
		}
		Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "seq"));
		Page<AuditEvent> events = binding.hasErrors() ? Page.empty(pageable) : audit.search(filter.toQuery(), pageable);
		List<AuditEventResponse> rows = events.getContent().stream()
			.map(e -> AuditEventResponse.of(e, clock.getZone()))
			.toList();
		model.addAttribute("events", events);
		model.addAttribute("rows", rows);
		model.addAttribute("actions", audit.actions());
		model.addAttribute("previousUrl", events.hasPrevious() ? pageUrl(filter, events.getNumber() - 1) : null);
		model.addAttribute("nextUrl", events.hasNext() ? pageUrl(filter, events.getNumber() + 1) : null);
		model.addAttribute("exportUrl", exportUrl(filter));
	}

	private static String exportUrl(AuditFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit").queryParam("format", "xlsx");
		addIfPresent(uri, "objectId", filter.getObjectId());
		addIfPresent(uri, "actor", filter.getActor());
		addIfPresent(uri, "action", filter.getAction());
		addIfPresent(uri, "from", filter.getFrom());
		addIfPresent(uri, "to", filter.getTo());
		return uri.encode().build().toUriString();
	}

	private static String pageUrl(AuditFilter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
		addIfPresent(uri, "objectId", filter.getObjectId());
		addIfPresent(uri, "actor", filter.getActor());
		addIfPresent(uri, "action", filter.getAction());
		addIfPresent(uri, "from", filter.getFrom());
		addIfPresent(uri, "to", filter.getTo());
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString());
		}
	}
}
