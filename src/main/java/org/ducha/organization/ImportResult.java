package org.ducha.organization;

import java.util.List;

/** The outcome of a roster import: either everything was imported, or nothing and every bad row is listed. */
public record ImportResult(boolean imported, int unitsCreated, int unitsUpdated, int cadresCreated, int cadresUpdated,
		int unchanged, List<ImportError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	static ImportResult rejected(List<ImportError> errors) {
		return new ImportResult(false, 0, 0, 0, 0, 0, errors);
	}
}
