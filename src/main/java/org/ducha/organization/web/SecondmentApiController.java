package org.ducha.organization.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.ducha.organization.Secondment;
import org.ducha.organization.SecondmentFilter;
import org.ducha.organization.SecondmentStatus;
import org.ducha.organization.Secondments;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Read-only secondments with the overdue flag (借调不退), as of the district's today. */
@RestController
@RequestMapping("/api/v1/secondments")
@PreAuthorize(Access.BROWSE)
class SecondmentApiController {

	record ExtensionJson(LocalDate previousEnd, LocalDate newEnd, String reason, LocalDate approvedOn) {
	}

	record SecondmentJson(String id, String cadreNo, String fromUnitCode, String toUnitCode, String purpose,
			LocalDate startDate, LocalDate plannedEnd, LocalDate currentPlannedEnd, LocalDate returnedOn,
			SecondmentStatus status, boolean overdue, long daysOverdue, List<ExtensionJson> extensions) {

		static SecondmentJson of(Secondment s, LocalDate today) {
			return new SecondmentJson(s.getId().toString(), s.getCadreNo(), s.getFromUnitCode(), s.getToUnitCode(),
					s.getPurpose(), s.getStartDate(), s.getPlannedEnd(), s.getCurrentEnd(), s.getReturnedOn(),
					s.getStatus(), s.isOverdue(today), s.daysOverdue(today),
					s.getExtensions().stream()
						.map(e -> new ExtensionJson(e.getPreviousEnd(), e.getNewEnd(), e.getReason(), e.getApprovedOn()))
						.toList());
		}
	}

	private final Secondments secondments;

	SecondmentApiController(Secondments secondments) {
		this.secondments = secondments;
	}

	@GetMapping
	ListPage<SecondmentJson> list(@RequestParam(defaultValue = "ALL") SecondmentFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > ApiPaging.MAX_SIZE) {
			throw DomainException.invalid("INVALID_PAGE", "page must be >= 0 and size 1.." + ApiPaging.MAX_SIZE,
					ApiPaging.MAX_SIZE);
		}
		LocalDate today = secondments.today();
		List<Secondment> all = secondments.list(filter);
		List<SecondmentJson> items = all.stream()
			.skip((long) page * size)
			.limit(size)
			.map(s -> SecondmentJson.of(s, today))
			.toList();
		return new ListPage<>(items, page, size, all.size());
	}

	@GetMapping(params = "format=xlsx")
	ResponseEntity<StreamingResponseBody> listXlsx(@RequestParam(defaultValue = "ALL") SecondmentFilter filter) {
		LocalDate today = secondments.today();
		return XlsxList.of("secondments", List.of("id", "cadreNo", "fromUnitCode", "toUnitCode", "purpose",
				"startDate", "plannedEnd", "currentPlannedEnd", "returnedOn", "status", "overdue", "daysOverdue"),
				secondments.list(filter), s -> Arrays.asList(s.getId(), s.getCadreNo(), s.getFromUnitCode(),
						s.getToUnitCode(), s.getPurpose(), s.getStartDate(), s.getPlannedEnd(), s.getCurrentEnd(),
						s.getReturnedOn(), s.getStatus(), s.isOverdue(today), s.daysOverdue(today)));
	}

	@GetMapping("/{id}")
	SecondmentJson secondment(@PathVariable long id) {
		return SecondmentJson.of(secondments.get(id), secondments.today());
	}
}
