package org.ducha.supervision;

import java.math.BigDecimal;

/** A quantitative target as given when a task is created. */
public record NewTarget(String metric, String measureUnit, BigDecimal targetValue) {
}
