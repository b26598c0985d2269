package org.ducha.organization.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Organization;
import org.ducha.organization.Rank;
import org.ducha.organization.Secondment;
import org.ducha.organization.SecondmentFilter;
import org.ducha.organization.Secondments;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export buttons of the cadre list and the secondment list: the whole list under the page's filters as
 * .xlsx with the page's columns and Chinese headers, for whoever may browse the roster. The cadres are read
 * page by page; the secondments are as many as the page lists at once.
 */
@Controller
class OrganizationListExports {

	static final int PAGE = 500;

	private final Organization organization;
	private final Secondments secondments;
	private final XlsxExports xlsx;
	private final MessageSource messages;

	OrganizationListExports(Organization organization, Secondments secondments, XlsxExports xlsx,
			MessageSource messages) {
		this.organization = organization;
		this.secondments = secondments;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	@GetMapping(path = "/organization/cadres", params = "format=xlsx")
	@PreAuthorize(Access.BROWSE)
	void cadres(@RequestParam(required = false) String q, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Rank rank, @RequestParam(required = false) CadreStatus status,
			HttpServletResponse response) throws IOException {
		Map<String, String> units = unitNames();
		List<XlsxColumn<Cadre>> columns = List.of(
				XlsxColumn.of("org.cadre.cadreNo", Cadre::getCadreNo),
				XlsxColumn.of("org.cadre.name", Cadre::getName),
				XlsxColumn.of("org.cadre.unit", c -> units.getOrDefault(c.getUnitCode(), c.getUnitCode())),
				XlsxColumn.of("org.cadre.position", Cadre::getPosition),
				XlsxColumn.of("org.cadre.rank", c -> text("org.rank." + c.getRank())),
				XlsxColumn.of("org.cadre.status", c -> text("org.cadreStatus." + c.getStatus())));
		xlsx.respond(response, "cadres", columns, XlsxExports.pages(
				p -> organization.searchCadres(unitCode, rank, status, q, p),
				PageRequest.of(0, PAGE, Sort.by("cadreNo"))));
	}

	@GetMapping(path = "/organization/secondments", params = "format=xlsx")
	@PreAuthorize(Access.BROWSE)
	void secondments(@RequestParam(defaultValue = "OPEN") SecondmentFilter filter, HttpServletResponse response)
			throws IOException {
		List<Secondment> list = secondments.list(filter);
		LocalDate today = secondments.today();
		Map<String, String> units = unitNames();
		Map<String, Cadre> cadres = organization.cadresByNo(list.stream().map(Secondment::getCadreNo).toList());
		List<XlsxColumn<Secondment>> columns = List.of(
				XlsxColumn.of("org.cadre.cadreNo", Secondment::getCadreNo),
				XlsxColumn.of("org.secondment.cadre", s -> cadres.containsKey(s.getCadreNo())
						? cadres.get(s.getCadreNo()).getName() : s.getCadreNo()),
				XlsxColumn.of("org.secondment.fromUnit", s -> units.getOrDefault(s.getFromUnitCode(), s.getFromUnitCode())),
				XlsxColumn.of("org.secondment.toUnit", s -> units.getOrDefault(s.getToUnitCode(), s.getToUnitCode())),
				XlsxColumn.of("org.secondment.purpose", Secondment::getPurpose),
				XlsxColumn.of("org.secondment.startDate", Secondment::getStartDate),
				XlsxColumn.of("org.secondment.plannedEnd", Secondment::getPlannedEnd),
				XlsxColumn.of("org.secondment.currentEnd", Secondment::getCurrentEnd),
				XlsxColumn.of("org.secondment.state", s -> s.isOverdue(today)
						? text("org.secondment.overdueFlag", s.daysOverdue(today))
						: text("org.secondmentStatus." + s.getStatus())),
				XlsxColumn.of("org.secondment.returnedOnLabel", Secondment::getReturnedOn));
		xlsx.respond(response, "secondments", columns, list::forEach);
	}

	private Map<String, String> unitNames() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
