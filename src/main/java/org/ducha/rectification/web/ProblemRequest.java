package org.ducha.rectification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ducha.rectification.NewProblem;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.Severity;
import org.ducha.shared.DomainException;

/**
 * {@code POST /api/v1/problems} (API.md), plus the optional {@code measures} (整改措施) and
 * {@code campaignId}. Enum codes are read here so that a wrong code is a field error.
 */
record ProblemRequest(String unitCode, String categoryCode, String severity, String source, String description,
		List<String> responsibleCadreNos, String reportId, Integer dueInWorkingDays, LocalDate issuedOn,
		String measures, Long campaignId) {

	NewProblem toNewProblem() {
		List<DomainException.FieldError> errors = new ArrayList<>();
		Severity sev = enumOf(Severity.class, "severity", severity, errors);
		ProblemSource src = enumOf(ProblemSource.class, "source", source, errors);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return new NewProblem(unitCode, categoryCode, sev, src, description, measures, responsibleCadreNos, reportId,
				dueInWorkingDays, issuedOn, campaignId);
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, List<DomainException.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(new DomainException.FieldError(field, "unknown code"));
			return null;
		}
	}
}
