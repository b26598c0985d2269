package org.ducha.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The attendance notice (参会情况通报) of one meeting or of a period: per held meeting its counts and,
 * by status, the attendees who were late, absent, on leave or represented by an approved
 * substitute, each list in unit order.
 */
public record AttendanceNotice(LocalDate from, LocalDate to, List<MeetingPart> meetings) {

	/** The statuses the notice names attendees for, in the order it lists them. */
	public static final List<AttendanceStatus> NAMED = List.of(AttendanceStatus.ABSENT, AttendanceStatus.LATE,
			AttendanceStatus.ON_LEAVE, AttendanceStatus.SUBSTITUTE_APPROVED);

	/** One held meeting of the notice. */
	public record MeetingPart(String meetingId, String title, LocalDateTime startsAt, String place,
			Map<AttendanceStatus, Integer> counts, Map<AttendanceStatus, List<AttendanceLine>> named) {

		public int required() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int count(AttendanceStatus status) {
			return counts.getOrDefault(status, 0);
		}

		public List<AttendanceLine> named(AttendanceStatus status) {
			return named.getOrDefault(status, List.of());
		}
	}

	/** Whether any meeting names an attendee (otherwise everyone was present). */
	public boolean namesAnyone() {
		return meetings.stream().anyMatch(m -> m.named().values().stream().anyMatch(l -> !l.isEmpty()));
	}

	static MeetingPart partOf(Meeting meeting, LocalDateTime startsAt, List<AttendanceLine> lines) {
		Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
		for (AttendanceStatus s : AttendanceStatus.values()) {
			counts.put(s, 0);
		}
		Map<AttendanceStatus, List<AttendanceLine>> named = new EnumMap<>(AttendanceStatus.class);
		for (AttendanceLine line : lines) {
			counts.merge(line.status(), 1, Integer::sum);
			if (NAMED.contains(line.status())) {
				named.computeIfAbsent(line.status(), s -> new ArrayList<>()).add(line);
			}
		}
		named.values().forEach(l -> l.sort(Comparator.comparing(AttendanceLine::unitCode).thenComparing(AttendanceLine::cadreNo)));
		return new MeetingPart(String.valueOf(meeting.getId()), meeting.getTitle(), startsAt, meeting.getPlace(),
				Map.copyOf(counts), Map.copyOf(named));
	}
}
