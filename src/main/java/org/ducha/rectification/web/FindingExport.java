package org.ducha.rectification.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.FindingStatus;
import org.ducha.rectification.InspectionFinding;
import org.ducha.rectification.InspectionFindings;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The inspection findings the caller sees as a streamed .xlsx, for the page and the API. */
@Component
class FindingExport {

	private final InspectionFindings findings;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final MessageSource messages;
	private final Clock clock;

	FindingExport(InspectionFindings findings, XlsxExports xlsx, Organization organization, Taxonomies taxonomies,
			MessageSource messages, Clock clock) {
		this.findings = findings;
		this.xlsx = xlsx;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.messages = messages;
		this.clock = clock;
	}

	void respond(FindingStatus status, HttpServletResponse response) throws IOException {
		findings.requireReader();
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, String> categories = taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a));
		List<XlsxColumn<InspectionFinding>> columns = List.of(
				XlsxColumn.of("rectification.field.id", InspectionFinding::getId),
				XlsxColumn.of("rectification.finding.observedAt", f -> f.getObservedAt().atZone(clock.getZone()).toOffsetDateTime()),
				XlsxColumn.of("rectification.field.unit", f -> units.getOrDefault(f.getUnitCode(), f.getUnitCode())),
				XlsxColumn.of("rectification.field.category", f -> categories.getOrDefault(f.getCategoryCode(), f.getCategoryCode())),
				XlsxColumn.of("rectification.finding.place", InspectionFinding::getPlace),
				XlsxColumn.of("rectification.finding.description", InspectionFinding::getDescription),
				XlsxColumn.of("rectification.finding.recordedBy", InspectionFinding::getRecordedBy),
				XlsxColumn.of("rectification.field.status", f -> text("rectification.findingStatus." + f.getStatus())),
				XlsxColumn.of("rectification.finding.dismissalReason", InspectionFinding::getDismissalReason),
				XlsxColumn.of("rectification.finding.problem", InspectionFinding::getProblemId));
		xlsx.respond(response, "inspection-findings", columns, sink -> findings.forEach(status, sink));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
