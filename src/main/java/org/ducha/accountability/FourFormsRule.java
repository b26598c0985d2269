package org.ducha.accountability;

import java.util.Collection;

/**
 * 四种形态 of a decision (SPEC §8.3): the highest four form among its forms. A decision against a party
 * organization of only INSPECTION_ORDER / REORGANIZATION has none (null).
 */
public final class FourFormsRule {

	private FourFormsRule() {
	}

	/** The highest {@link Form#fourForm()} of the forms, or null when none of them is one of the four forms. */
	public static Integer of(Collection<Form> forms) {
		int highest = forms.stream().mapToInt(Form::fourForm).max().orElse(0);
		return highest == 0 ? null : highest;
	}
}
