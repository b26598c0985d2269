package org.ducha.accountability.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.CaseFilter;
import org.ducha.accountability.CaseView;
import org.ducha.accountability.Form;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The case list as a streamed .xlsx (台账), for the page and the API. */
@Component
class CaseExport {

	private final AccountabilityCases cases;
	private final XlsxExports xlsx;
	private final Organization organization;
	private final MessageSource messages;

	CaseExport(AccountabilityCases cases, XlsxExports xlsx, Organization organization, MessageSource messages) {
		this.cases = cases;
		this.xlsx = xlsx;
		this.organization = organization;
		this.messages = messages;
	}

	void respond(CaseFilter filter, HttpServletResponse response) throws IOException {
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		List<XlsxColumn<CaseView>> columns = List.of(
				XlsxColumn.of("accountability.field.id", CaseView::id),
				XlsxColumn.of("accountability.field.subject", v -> v.subject().name()),
				XlsxColumn.of("accountability.field.cadreNo", v -> v.subject().cadreNo()),
				XlsxColumn.of("accountability.field.unit", v -> units.getOrDefault(v.subject().unitCode(), v.subject().unitCode())),
				XlsxColumn.of("accountability.field.position", v -> v.subject().position()),
				XlsxColumn.of("accountability.field.jurisdiction", v -> text("accountability.jurisdiction." + v.jurisdiction())),
				XlsxColumn.of("accountability.field.decidingUnit", v -> v.decidingUnitCode() == null ? null
						: units.getOrDefault(v.decidingUnitCode(), v.decidingUnitCode())),
				XlsxColumn.of("accountability.field.status", v -> text("accountability.status." + v.status())),
				XlsxColumn.of("accountability.field.facts", CaseView::facts),
				XlsxColumn.of("accountability.field.openedOn", CaseView::openedOn),
				XlsxColumn.of("accountability.field.forms", v -> v.decision() == null ? null : String.join("、",
						v.decision().forms().stream().map(f -> text("accountability.form." + f)).toList())),
				XlsxColumn.of("accountability.field.fourForm", v -> v.decision() == null ? null : v.decision().fourForm()),
				XlsxColumn.of("accountability.field.decidedOn", v -> v.decision() == null ? null : v.decision().decidedOn()),
				XlsxColumn.of("accountability.field.documentNumber", v -> v.decision() == null ? null
						: v.decision().documentNumber()),
				XlsxColumn.of("accountability.field.effectUntil", v -> v.decision() == null ? null
						: v.decision().permanent() ? text("accountability.decision.permanent") : v.decision().effectUntil()),
				XlsxColumn.of("accountability.field.revoked", v -> v.decision() != null && v.decision().revoked()
						? text("accountability.decision.revoked") : null));
		xlsx.respond(response, "accountability-cases", columns, sink -> cases.forEach(filter, sink));
	}

	static String formsText(List<Form> forms) {
		return String.join(",", forms.stream().map(Form::name).toList());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
