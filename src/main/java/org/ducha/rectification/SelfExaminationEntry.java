package org.ducha.rectification;

/** One item a unit puts on its self-examination list: category, the problem in its own words, measures, severity. */
public record SelfExaminationEntry(String categoryCode, String description, String measures, Severity severity) {
}
