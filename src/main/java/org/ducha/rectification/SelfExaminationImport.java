package org.ducha.rectification;

import java.util.List;

/** The outcome of a self-examination import: every row submitted, or nothing and every bad cell listed. */
public record SelfExaminationImport(int submitted, List<ImportRowError> errors) {

	public SelfExaminationImport {
		errors = List.copyOf(errors);
	}

	public boolean imported() {
		return errors.isEmpty();
	}
}
