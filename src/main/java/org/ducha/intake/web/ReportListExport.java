package org.ducha.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.intake.Report;
import org.ducha.intake.ReportFilter;
import org.ducha.intake.Reports;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The report list as an .xlsx (举报台账): the whole filtered list the user may see, streamed; no
 * content column and nothing of the reporter but whether the report is named or anonymous.
 */
@Component
class ReportListExport {

	private final Reports reports;
	private final XlsxExports xlsx;

	ReportListExport(Reports reports, XlsxExports xlsx) {
		this.reports = reports;
		this.xlsx = xlsx;
	}

	List<XlsxColumn<Report>> columns() {
		return List.of(XlsxColumn.of("intake.field.trackingNumber", Report::getTrackingNumber),
				XlsxColumn.of("intake.field.channel", r -> r.getChannel().name()),
				XlsxColumn.of("intake.field.status", r -> r.getStatus().name()),
				XlsxColumn.of("intake.field.receivedOn", Report::getReceivedOn),
				XlsxColumn.of("intake.clock.acceptance", Report::getAcceptanceDueOn),
				XlsxColumn.of("intake.view.named", Report::isNamed),
				XlsxColumn.of("intake.field.category", Report::getCategoryCode),
				XlsxColumn.of("intake.field.subject", Report::getSubject),
				XlsxColumn.of("intake.field.accusedName",
						r -> r.getAccused().stream().map(a -> a.getName()).collect(Collectors.joining("; "))),
				XlsxColumn.of("intake.field.accusedUnits", r -> String.join("; ", r.accusedUnitCodes())),
				XlsxColumn.of("intake.field.disposalMethod",
						r -> r.currentDisposal().map(d -> d.getMethod().name()).orElse(null)),
				XlsxColumn.of("intake.view.dueOn", Report::runningDue),
				XlsxColumn.of("intake.field.light", r -> {
					var light = reports.lightOf(r);
					return light == null ? null : light.name();
				}),
				XlsxColumn.of("intake.field.finding", r -> r.getFinding() == null ? null : r.getFinding().name()));
	}

	void respond(HttpServletResponse response, ReportFilter filter, Sort sort) throws IOException {
		xlsx.respond(response, "reports", columns(), row -> reports.export(filter, sort, row));
	}
}
