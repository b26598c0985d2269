package org.ducha.assignment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The request bodies of the assignment steps (API.md). */
final class AssignmentRequests {

	private AssignmentRequests() {
	}

	record Progress(String text, Integer percent, Map<String, BigDecimal> metricValues) {
	}

	record Submit(String result, List<String> evidenceIds) {
	}

	record Reason(String reason) {
	}

	record Extension(LocalDate newDueOn, String reason) {
	}

	record Text(String text) {
	}
}
