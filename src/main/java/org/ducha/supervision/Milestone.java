package org.ducha.supervision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/**
 * A milestone of a task: a name and its working-day distance before the final deadline, from which
 * its date is computed (倒排工期); the date can be set by hand afterwards (then it is kept as
 * overridden). Done once a done date is recorded.
 */
@Entity
@Table(name = "supervised_task_milestone")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "working_days_before", nullable = false)
	private int workingDaysBefore;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false)
	private boolean overridden;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected Milestone() {
	}

	Milestone(int position, String name, int workingDaysBefore, LocalDate dueOn) {
		this.position = position;
		this.name = name;
		this.workingDaysBefore = workingDaysBefore;
		this.dueOn = dueOn;
	}

	void reschedule(LocalDate newDueOn) {
		if (!newDueOn.equals(dueOn)) {
			this.dueOn = newDueOn;
			this.overridden = true;
		}
	}

	void markDone(LocalDate on) {
		if (doneOn != null) {
			throw DomainException.illegalTransition(MilestoneState.DONE, "markDone");
		}
		this.doneOn = on;
	}

	void reopen() {
		if (doneOn == null) {
			throw DomainException.illegalTransition(MilestoneState.OPEN, "reopen");
		}
		this.doneOn = null;
	}

	public boolean isDone() {
		return doneOn != null;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public int getWorkingDaysBefore() {
		return workingDaysBefore;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public boolean isOverridden() {
		return overridden;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	/** Whether a milestone is still to be reached. */
	enum MilestoneState {
		OPEN,
		DONE
	}
}
