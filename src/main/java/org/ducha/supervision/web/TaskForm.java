package org.ducha.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.supervision.NewMilestone;
import org.ducha.supervision.NewTarget;
import org.ducha.supervision.NewTask;
import org.ducha.supervision.ReportingFrequency;
import org.ducha.supervision.TaskSource;
import org.springframework.format.annotation.DateTimeFormat;

/** The task creation form: numbers kept as typed, so a wrong one comes back beside its field. */
public class TaskForm {

	private String title;
	private String description;
	private TaskSource source = TaskSource.DECISION;
	private String sourceName;
	private String itemNumber;
	private Long campaignId;
	private String leadUnitCode;
	private List<String> coUnitCodes = new ArrayList<>();
	private String responsibleCadreNo;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;
	private ReportingFrequency frequency = ReportingFrequency.SEMIMONTHLY;
	private List<TargetRow> targets = new ArrayList<>();
	private List<MilestoneRow> milestones = new ArrayList<>();

	public static class TargetRow {
		private String metric;
		private String measureUnit;
		private String targetValue;

		public String getMetric() {
			return metric;
		}

		public void setMetric(String metric) {
			this.metric = metric;
		}

		public String getMeasureUnit() {
			return measureUnit;
		}

		public void setMeasureUnit(String measureUnit) {
			this.measureUnit = measureUnit;
		}

		public String getTargetValue() {
			return targetValue;
		}

		public void setTargetValue(String targetValue) {
			this.targetValue = targetValue;
		}

		boolean isEmpty() {
			return blank(metric) && blank(measureUnit) && blank(targetValue);
		}
	}

	public static class MilestoneRow {
		private String name;
		private String workingDaysBefore;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getWorkingDaysBefore() {
			return workingDaysBefore;
		}

		public void setWorkingDaysBefore(String workingDaysBefore) {
			this.workingDaysBefore = workingDaysBefore;
		}

		boolean isEmpty() {
			return blank(name) && blank(workingDaysBefore);
		}

		/** The distance as a number, or null when it is not a whole number. */
		Integer distance() {
			try {
				return blank(workingDaysBefore) ? null : Integer.valueOf(workingDaysBefore.strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}

	/** Empty rows are left out; rows keep their index in the form for the field names of errors. */
	NewTask toNewTask() {
		List<NewTarget> newTargets = new ArrayList<>();
		for (TargetRow t : targets) {
			if (!t.isEmpty()) {
				newTargets.add(new NewTarget(t.metric, t.measureUnit, number(t.targetValue)));
			}
		}
		List<NewMilestone> newMilestones = new ArrayList<>();
		for (MilestoneRow m : milestones) {
			if (!m.isEmpty()) {
				newMilestones.add(new NewMilestone(m.name, m.distance()));
			}
		}
		return new NewTask(title, description, source, sourceName, itemNumber, campaignId, leadUnitCode, coUnitCodes,
				responsibleCadreNo, deadline, frequency, newTargets, newMilestones, null);
	}

	/** The form index of the i-th non-empty milestone row (the service numbers only those). */
	int milestoneRowOf(int index) {
		return rowOf(milestones.stream().map(MilestoneRow::isEmpty).toList(), index);
	}

	int targetRowOf(int index) {
		return rowOf(targets.stream().map(TargetRow::isEmpty).toList(), index);
	}

	private static int rowOf(List<Boolean> empty, int index) {
		int seen = -1;
		for (int i = 0; i < empty.size(); i++) {
			if (!empty.get(i) && ++seen == index) {
				return i;
			}
		}
		return index;
	}

	void pad(int milestoneRows, int targetRows) {
		while (milestones.size() < milestoneRows) {
			milestones.add(new MilestoneRow());
		}
		while (targets.size() < targetRows) {
			targets.add(new TargetRow());
		}
	}

	private static BigDecimal number(String s) {
		try {
			return blank(s) ? null : new BigDecimal(s.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public TaskSource getSource() {
		return source;
	}

	public void setSource(TaskSource source) {
		this.source = source;
	}

	public String getSourceName() {
		return sourceName;
	}

	public void setSourceName(String sourceName) {
		this.sourceName = sourceName;
	}

	public String getItemNumber() {
		return itemNumber;
	}

	public void setItemNumber(String itemNumber) {
		this.itemNumber = itemNumber;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public void setCampaignId(Long campaignId) {
		this.campaignId = campaignId;
	}

	public String getLeadUnitCode() {
		return leadUnitCode;
	}

	public void setLeadUnitCode(String leadUnitCode) {
		this.leadUnitCode = leadUnitCode;
	}

	public List<String> getCoUnitCodes() {
		return coUnitCodes;
	}

	public void setCoUnitCodes(List<String> coUnitCodes) {
		this.coUnitCodes = coUnitCodes == null ? new ArrayList<>() : coUnitCodes;
	}

	public String getResponsibleCadreNo() {
		return responsibleCadreNo;
	}

	public void setResponsibleCadreNo(String responsibleCadreNo) {
		this.responsibleCadreNo = responsibleCadreNo;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public ReportingFrequency getFrequency() {
		return frequency;
	}

	public void setFrequency(ReportingFrequency frequency) {
		this.frequency = frequency;
	}

	public List<TargetRow> getTargets() {
		return targets;
	}

	public void setTargets(List<TargetRow> targets) {
		this.targets = targets == null ? new ArrayList<>() : targets;
	}

	public List<MilestoneRow> getMilestones() {
		return milestones;
	}

	public void setMilestones(List<MilestoneRow> milestones) {
		this.milestones = milestones == null ? new ArrayList<>() : milestones;
	}
}
