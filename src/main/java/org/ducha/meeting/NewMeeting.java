package org.ducha.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting to schedule: title, start (district time), place, organizing unit, the leader who
 * decides leave (a cadre), and the required attendees named by unit (its principal) or by cadre.
 */
public record NewMeeting(String title, LocalDateTime startsAt, String place, String organizerUnitCode,
		String leaderCadreNo, List<String> unitCodes, List<String> cadreNos) {

	public NewMeeting {
		unitCodes = clean(unitCodes);
		cadreNos = clean(cadreNos);
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
	}
}
