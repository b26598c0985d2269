package org.ducha.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reporter reads with code and PIN (SPEC §5): status, answer, messages — never the
 * identity, internal notes or officer names; whether rating and the one review request are open.
 */
public record PublicReportView(String reportId, String trackingNumber, ReportStatus status, LocalDate receivedOn, String answerText,
		LocalDate answeredOn, List<Message> messages, AnswerRating rating, boolean mayRate,
		boolean mayRequestReview, boolean reviewRequested, List<String> evidenceFileNames) {

	/** A message as the reporter sees it: who (reporter or office), the text, when. */
	public record Message(MessageSender from, String text, java.time.Instant sentAt) {
	}
}
