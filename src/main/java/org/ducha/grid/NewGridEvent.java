package org.ducha.grid;

import java.time.Instant;
import java.util.List;

/**
 * A grid event as reported.
 *
 * @param areaUnitCode the community or township (unit of type VILLAGE or TOWNSHIP) it happened in
 * @param categoryCode a category of the taxonomy
 * @param reportedAt when it was seen; null for now
 * @param photoIds attachments uploaded by the reporter (photos), linked to the event
 */
public record NewGridEvent(String areaUnitCode, String categoryCode, String place, String description,
		Instant reportedAt, List<String> photoIds) {

	public NewGridEvent {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}
}
