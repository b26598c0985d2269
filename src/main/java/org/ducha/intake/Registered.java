package org.ducha.intake;

import org.ducha.calendar.TrafficLight;

/**
 * A registered report as its registrar sees it: the query code, which exists only here and is shown
 * once (null without a PIN); the reporter as typed for an intake officer, masked for anyone else.
 */
public record Registered(Report report, String queryCode, ReporterIdentity reporter, TrafficLight light) {
}
