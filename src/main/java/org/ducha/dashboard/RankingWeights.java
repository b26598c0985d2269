package org.ducha.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the unit ranking's criteria ({@code ducha.ranking.weights.*}, SPEC §10): problems
 * found, rectification on time, overdue rectifications, task completion ratings and meeting
 * attendance. Only their ratios matter; a weight of 0 leaves a criterion out. Survey satisfaction
 * has no weight yet: there is no survey module to read it from.
 */
@ConfigurationProperties("ducha.ranking.weights")
public record RankingWeights(@DefaultValue("25") double problems, @DefaultValue("25") double onTime,
		@DefaultValue("20") double overdue, @DefaultValue("15") double tasks, @DefaultValue("15") double attendance) {

	public RankingWeights {
		if (problems < 0 || onTime < 0 || overdue < 0 || tasks < 0 || attendance < 0) {
			throw new IllegalArgumentException("ranking weights must not be negative");
		}
	}
}
