package org.ducha.intake.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.intake.Disposal;
import org.ducha.intake.DisposalStatus;
import org.ducha.intake.IdentityReveals;
import org.ducha.intake.Report;
import org.ducha.intake.Reports;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export buttons of the identity-request list and the approvals list, and {@code ?format=xlsx} on
 * {@code /api/v1/identity-requests} (through {@link IdentityRequestExportApi}): the whole list under the page's filter, read page by page through
 * the services that decide who may see it (SECURITY_ADMIN; OFFICE_DIRECTOR within his reports). Like the
 * pages, neither file holds any report content nor anything of the reporter: an identity request names
 * the report by its tracking number, the requester and his reason.
 */
@Controller
class IntakeListExports {

	static final int PAGE = 500;

	private final IdentityReveals reveals;
	private final Reports reports;
	private final XlsxExports xlsx;
	private final MessageSource messages;

	IntakeListExports(IdentityReveals reveals, Reports reports, XlsxExports xlsx, MessageSource messages) {
		this.reveals = reveals;
		this.reports = reports;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	@GetMapping(path = "/reports/identity-requests", params = "format=xlsx")
	void identityRequestsPage(@RequestParam(defaultValue = "true") boolean pendingOnly, HttpServletResponse response)
			throws IOException {
		identityRequests(pendingOnly, response);
	}

	@GetMapping(path = "/reports/approvals", params = "format=xlsx")
	void approvals(HttpServletResponse response) throws IOException {
		List<XlsxColumn<Report>> columns = List.of(
				XlsxColumn.of("intake.field.trackingNumber", Report::getTrackingNumber),
				XlsxColumn.of("intake.field.subject", Report::getSubject),
				XlsxColumn.of("intake.field.disposalMethod",
						r -> r.currentDisposal().map(d -> text("intake.method." + d.getMethod().name())).orElse(null)),
				XlsxColumn.of("intake.field.handler", r -> r.currentDisposal().map(Disposal::getHandlerUsername).orElse(null)),
				XlsxColumn.of("intake.approvals.waiting", r -> text(r.currentDisposal()
					.filter(d -> d.getStatus() == DisposalStatus.PROPOSED).isPresent()
							? "intake.approvals.disposal" : "intake.approvals.extension")));
		xlsx.respond(response, "approvals", columns, XlsxExports.pages(reports::awaitingApproval,
				PageRequest.of(0, PAGE, Sort.by(Sort.Order.asc("receivedOn"), Sort.Order.asc("id")))));
	}

	void identityRequests(boolean pendingOnly, HttpServletResponse response) throws IOException {
		List<XlsxColumn<IdentityReveals.Entry>> columns = List.of(
				XlsxColumn.of("intake.field.trackingNumber", IdentityReveals.Entry::trackingNumber),
				XlsxColumn.of("intake.identity.requester", e -> e.request().getRequester()),
				XlsxColumn.of("intake.identity.reason", e -> e.request().getReason()),
				XlsxColumn.of("intake.identity.requestedAt", e -> e.request().getRequestedAt()),
				XlsxColumn.of("intake.field.status", e -> text("intake.identity.status." + e.request().getStatus().name())),
				XlsxColumn.of("intake.identity.expiresAt", e -> e.request().getExpiresAt()));
		xlsx.respond(response, "identity-requests", columns, XlsxExports.pages(
				p -> reveals.list(pendingOnly, p), PageRequest.of(0, PAGE, Sort.by(Sort.Order.desc("id")))));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
