package org.ducha.assignment;

import java.time.LocalDate;

import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The clock rules of SPEC §6 as named rules on the working-day calendar, and the date cut-offs
 * that let lists and the sweep filter by light and by days overdue in SQL (computed once).
 */
@Component
public class AssignmentDeadlines {

	/** The unit signs within this many working days of the issue date. */
	public static final int SIGN_WITHIN_WORKING_DAYS = 1;

	/** At this many working days overdue the item is escalated and flagged (整改不力). */
	public static final int ESCALATE_AT_WORKING_DAYS_OVERDUE = 5;

	/** At this many returns the item is flagged (大问题小整改). */
	public static final int FLAG_AT_RETURNS = 2;

	private final WorkingCalendar calendar;

	AssignmentDeadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public LocalDate today() {
		return calendar.today();
	}

	/** The last day the unit signs in time: 1 working day after the issue date. */
	public LocalDate signDueOn(LocalDate issuedOn) {
		return calendar.addWorkingDays(issuedOn, SIGN_WITHIN_WORKING_DAYS);
	}

	/** The light as of {@code today}; none once closed. */
	public TrafficLight lightOf(AssignmentStatus status, LocalDate dueOn, LocalDate today) {
		return status.isOpen() ? calendar.trafficLight(dueOn, today) : null;
	}

	/** Working days overdue as of {@code today}; 0 once closed. */
	public int overdueOf(AssignmentStatus status, LocalDate dueOn, LocalDate today) {
		return status.isOpen() ? calendar.overdueWorkingDays(dueOn, today) : 0;
	}

	/** The first due date that is GREEN on {@code today}: due on or after it ⇔ more than 3 working days left. */
	public LocalDate greenFrom(LocalDate today) {
		return calendar.addWorkingDays(today, WorkingCalendar.YELLOW_WITHIN_WORKING_DAYS + 1);
	}

	/**
	 * The cut-off of escalation on {@code today}: an item due before it is at least 5 working days
	 * overdue. It is the 5th working day counted back from today, today included.
	 */
	public LocalDate escalationCutOff(LocalDate today) {
		return calendar.minusWorkingDays(today.plusDays(1), ESCALATE_AT_WORKING_DAYS_OVERDUE);
	}

	/** Automatic urging on {@code today} reaches items due today and, on a working day, every overdue item. */
	public boolean urgesOverdueOn(LocalDate today) {
		return calendar.isWorkingDay(today);
	}

	public AssignmentView viewOf(Assignment a, LocalDate today) {
		return new AssignmentView(a.getId(), a.getKind(), a.getSourceId(), a.getUnitCode(), a.getStatus(),
				a.getIssuedOn(), a.getDueOn(), lightOf(a.getStatus(), a.getDueOn(), today),
				overdueOf(a.getStatus(), a.getDueOn(), today), a.getReturnedCount(), a.isFlagged(), a.getOriginalDueOn(),
				a.getSignedOn(), a.isSignedLate(today), a.getPercent(), a.getClosedOn());
	}
}
