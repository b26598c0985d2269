package org.ducha.intake.web;

import java.time.LocalDate;

import org.ducha.intake.AnswerRating;
import org.ducha.intake.DisposalMethod;
import org.ducha.intake.Finding;

/** The small request bodies of the report endpoints. */
final class ReportRequests {

	private ReportRequests() {
	}

	record Reason(String reason) {
	}

	record Transfer(String to, String reason) {
	}

	record Merge(String intoId) {
	}

	record DateBody(LocalDate date) {
	}

	record Disposal(DisposalMethod method, String handlerUsername, String reason, LocalDate reviewOn) {
	}

	record Conclude(Finding finding, String summary) {
	}

	record Answer(String text, LocalDate toldOn) {
	}

	record Text(String text) {
	}

	record Rating(AnswerRating rating, String comment) {
	}
}
