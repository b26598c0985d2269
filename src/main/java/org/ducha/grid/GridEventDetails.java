package org.ducha.grid;

import java.util.List;

import org.ducha.attachment.AttachmentInfo;

/** A grid event with its timeline and photos, and what the current user may do with it. */
public record GridEventDetails(GridEventView view, List<GridEventStep> steps, List<AttachmentInfo> photos,
		boolean mayRoute, boolean mayRate, boolean mayCoordinate) {
}
