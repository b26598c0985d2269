package org.ducha.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a bulletin says, as assembled for its month and then edited by the office: the head
 * (document number, title), the office's own text (opening, requirements, 抄送), the figures, the
 * typical cases it picked, the unit ranking, the units with the most problems and the attendance
 * notice. A snapshot: names and figures as they were when assembled.
 */
public record BulletinContent(String documentNumber, String title, String opening, String requirements, String copyTo,
		LocalDate assembledOn, Figures figures, List<TypicalCase> typicalCases, List<RankLine> ranking,
		List<UnitProblems> mostProblems, Attendance attendance) {

	public BulletinContent {
		typicalCases = typicalCases == null ? List.of() : List.copyOf(typicalCases);
		ranking = ranking == null ? List.of() : List.copyOf(ranking);
		mostProblems = mostProblems == null ? List.of() : List.copyOf(mostProblems);
	}

	BulletinContent withText(String documentNumber, String title, String opening, String requirements, String copyTo) {
		return new BulletinContent(documentNumber, title, opening, requirements, copyTo, assembledOn, figures,
				typicalCases, ranking, mostProblems, attendance);
	}

	BulletinContent withTypicalCases(List<TypicalCase> cases) {
		return new BulletinContent(documentNumber, title, opening, requirements, copyTo, assembledOn, figures, cases,
				ranking, mostProblems, attendance);
	}

	BulletinContent withRecords(LocalDate on, Figures figures, List<RankLine> ranking, List<UnitProblems> mostProblems,
			Attendance attendance) {
		return new BulletinContent(documentNumber, title, opening, requirements, copyTo, on, figures, typicalCases,
				ranking, mostProblems, attendance);
	}

	/** The month's counts (SPEC §10); {@code byFourForm} keys "1".."4", {@code byForm} keys form codes. */
	public record Figures(long reportsReceived, long reportsAccepted, long reportsConcluded, long reportsAnswered,
			long problemsFound, long problemsClosed, long problemsOverdue, long casesDecided, Map<String, Long> byFourForm,
			Map<String, Long> byForm, List<CategoryLine> eightRules) {
	}

	/** A 中央八项规定精神 category and the problems found under it. */
	public record CategoryLine(String code, String name, boolean firstLevel, long problems) {
	}

	/** A typical case (典型案例): who, what, and the outcome in the customary wording. */
	public record TypicalCase(String caseId, String unitName, String name, String position, String facts,
			List<String> forms, String outcome) {
	}

	/** A unit's line in the ranking; rates are 0..100 percent, null when nothing was due or required. */
	public record RankLine(int rank, String unitCode, String unitName, double score, long problems, Integer onTimePercent,
			long overdue, Integer attendancePercent) {
	}

	/** A unit with many problems this month and its principal, who makes a self-criticism at the meeting. */
	public record UnitProblems(String unitCode, String unitName, String principalName, String principalPosition,
			long problems) {
	}

	/** The attendance notice: meetings held, attendances required and attended, and every one that was not in person. */
	public record Attendance(int meetings, int required, int attended, List<AttendanceNote> notes) {

		public Attendance {
			notes = notes == null ? List.of() : List.copyOf(notes);
		}
	}

	/** One attendee who was late, on leave, absent or sent a substitute. */
	public record AttendanceNote(String meetingTitle, LocalDate meetingDate, String unitName, String cadreName,
			String position, String status, String substituteName) {
	}
}
