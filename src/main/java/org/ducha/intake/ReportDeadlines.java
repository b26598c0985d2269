package org.ducha.intake;

import java.time.LocalDate;

import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The durations of SPEC §5 in working days (defaults an administrator may change through
 * {@code ducha.reports.*}) and the calendar arithmetic applied to them (SPEC §3).
 */
@Component
public class ReportDeadlines {

	/** An overdue report escalates as an assignment does (SPEC §5, §6): at 5 working days overdue. */
	public static final int ESCALATE_AT_WORKING_DAYS_OVERDUE = 5;

	private final WorkingCalendar calendar;
	private final int acceptanceDays;
	private final int transferDays;
	private final int inquiryReplyDays;
	private final int verificationDays;
	private final int extensionDays;
	private final int answerDays;

	ReportDeadlines(WorkingCalendar calendar,
			@Value("${ducha.reports.acceptance-days:15}") int acceptanceDays,
			@Value("${ducha.reports.transfer-days:5}") int transferDays,
			@Value("${ducha.reports.inquiry-reply-days:15}") int inquiryReplyDays,
			@Value("${ducha.reports.verification-days:40}") int verificationDays,
			@Value("${ducha.reports.verification-extension-days:20}") int extensionDays,
			@Value("${ducha.reports.answer-days:15}") int answerDays) {
		this.calendar = calendar;
		this.acceptanceDays = acceptanceDays;
		this.transferDays = transferDays;
		this.inquiryReplyDays = inquiryReplyDays;
		this.verificationDays = verificationDays;
		this.extensionDays = extensionDays;
		this.answerDays = answerDays;
	}

	/** Acceptance decided, and a named reporter told, within 15 working days of receipt. */
	public LocalDate acceptanceDue(LocalDate receivedOn) {
		return calendar.addWorkingDays(receivedOn, acceptanceDays);
	}

	/** A matter above the district is transferred within 5 working days of receipt. */
	public LocalDate transferDue(LocalDate receivedOn) {
		return calendar.addWorkingDays(receivedOn, transferDays);
	}

	/** The accused answers an inquiry letter within 15 working days of receiving it. */
	public LocalDate inquiryReplyDue(LocalDate letterReceivedOn) {
		return calendar.addWorkingDays(letterReceivedOn, inquiryReplyDays);
	}

	/** A verification is due 40 working days after its approval. */
	public LocalDate verificationDue(LocalDate approvedOn) {
		return calendar.addWorkingDays(approvedOn, verificationDays);
	}

	/** The one extension of a verification: 20 more working days. */
	public LocalDate extended(LocalDate dueOn) {
		return calendar.addWorkingDays(dueOn, extensionDays);
	}

	/** The result is told within 15 working days of conclusion. */
	public LocalDate answerDue(LocalDate concludedOn) {
		return calendar.addWorkingDays(concludedOn, answerDays);
	}

	public TrafficLight light(LocalDate dueOn, LocalDate today) {
		return calendar.trafficLight(dueOn, today);
	}

	public int overdueWorkingDays(LocalDate dueOn, LocalDate today) {
		return calendar.overdueWorkingDays(dueOn, today);
	}

	/** Whether {@code dueOn} is, on {@code today}, far enough overdue to escalate (5 working days or more). */
	public boolean escalatesOn(LocalDate dueOn, LocalDate today) {
		return calendar.overdueWorkingDays(dueOn, today) >= ESCALATE_AT_WORKING_DAYS_OVERDUE;
	}

	/** Overdue reports are urged again on each working day, as assignments are (SPEC §6). */
	public boolean urgesOverdueOn(LocalDate today) {
		return calendar.isWorkingDay(today);
	}

	/** The first due date that is GREEN as of {@code today}: due dates before it are YELLOW or RED. */
	public LocalDate greenFrom(LocalDate today) {
		return calendar.addWorkingDays(today, WorkingCalendar.YELLOW_WITHIN_WORKING_DAYS + 1);
	}

	public LocalDate today() {
		return calendar.today();
	}

	/** The district's zone, for showing instants as local times. */
	public java.time.ZoneId zone() {
		return calendar.zone();
	}
}
