package org.ducha.supervision;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quantitative target of a task: metric, unit of measure, target value (标准化厂房 60,000 m²). */
@Embeddable
public class QuantitativeTarget {

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 100)
	private String metric;

	@Column(name = "measure_unit", nullable = false, length = 40)
	private String measureUnit;

	@Column(name = "target_value", nullable = false, precision = 19, scale = 4)
	private BigDecimal targetValue;

	protected QuantitativeTarget() {
	}

	QuantitativeTarget(int position, String metric, String measureUnit, BigDecimal targetValue) {
		this.position = position;
		this.metric = metric;
		this.measureUnit = measureUnit;
		this.targetValue = targetValue;
	}

	public int getPosition() {
		return position;
	}

	public String getMetric() {
		return metric;
	}

	public String getMeasureUnit() {
		return measureUnit;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}
}
