package org.ducha.assignment.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.assignment.AssignmentFilter;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.UnitLightCount;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The assignment list as a streamed .xlsx (台账), for the pages and {@code ?format=xlsx} on the API. */
@Component
class AssignmentExports {

	private final Assignments assignments;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final MessageSource messages;

	AssignmentExports(Assignments assignments, XlsxExports xlsx, Organization organization, MessageSource messages) {
		this.assignments = assignments;
		this.xlsx = xlsx;
		this.organization = organization;
		this.messages = messages;
	}

	void export(AssignmentFilter filter, HttpServletResponse response) throws IOException {
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		var locale = LocaleContextHolder.getLocale();
		List<XlsxColumn<AssignmentView>> columns = List.of(
				XlsxColumn.of("assignment.field.unit", v -> units.getOrDefault(v.unitCode(), v.unitCode())),
				XlsxColumn.of("assignment.field.kind", v -> messages.getMessage("assignment.kind." + v.kind(), null, locale)),
				XlsxColumn.of("assignment.field.status", v -> messages.getMessage("assignment.status." + v.status(), null, locale)),
				XlsxColumn.of("assignment.field.light",
						v -> v.light() == null ? null : messages.getMessage("assignment.light." + v.light(), null, locale)),
				XlsxColumn.of("assignment.field.issuedOn", AssignmentView::issuedOn),
				XlsxColumn.of("assignment.field.dueOn", AssignmentView::dueOn),
				XlsxColumn.of("assignment.field.originalDueOn", AssignmentView::originalDueOn),
				XlsxColumn.of("assignment.field.overdueWorkingDays", AssignmentView::overdueWorkingDays),
				XlsxColumn.of("assignment.field.percent", AssignmentView::percent),
				XlsxColumn.of("assignment.field.returnedCount", AssignmentView::returnedCount),
				XlsxColumn.of("assignment.field.flagged", v -> messages
					.getMessage(v.flaggedForAccountability() ? "assignment.yes" : "assignment.no", null, locale)),
				XlsxColumn.of("assignment.field.id", AssignmentView::id));
		xlsx.respond(response, "assignments", columns, sink -> assignments.forEach(filter, sink));
	}

	/** The issuer's overview (one row per unit: open assignments by light, open in total, closed) as .xlsx. */
	void overview(HttpServletResponse response) throws IOException {
		List<UnitLightCount> rows = assignments.overview();
		List<XlsxColumn<UnitLightCount>> columns = List.of(
				XlsxColumn.of("assignment.field.unit", UnitLightCount::unitName),
				XlsxColumn.of("assignment.field.unitCode", UnitLightCount::unitCode),
				XlsxColumn.of("assignment.light.RED", UnitLightCount::red),
				XlsxColumn.of("assignment.light.YELLOW", UnitLightCount::yellow),
				XlsxColumn.of("assignment.light.GREEN", UnitLightCount::green),
				XlsxColumn.of("assignment.overview.open", UnitLightCount::open),
				XlsxColumn.of("assignment.status.CLOSED", UnitLightCount::closed));
		xlsx.respond(response, "assignment-overview", columns, rows::forEach);
	}
}
