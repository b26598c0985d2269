package org.ducha.grid;

import org.ducha.calendar.TrafficLight;

/** What the list of grid events is filtered by; every field optional. */
public record GridEventFilter(GridStage stage, TrafficLight light, String areaUnitCode) {

	public static GridEventFilter all() {
		return new GridEventFilter(null, null, null);
	}
}
