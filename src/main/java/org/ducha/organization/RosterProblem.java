package org.ducha.organization;

import java.util.List;

/**
 * One broken roster rule: the field it concerns, a stable code (message key {@code org.problem.<code>}) and
 * the message arguments.
 */
public record RosterProblem(String field, String code, List<Object> args) {

	public RosterProblem {
		args = List.copyOf(args);
	}

	static RosterProblem of(String field, String code, Object... args) {
		return new RosterProblem(field, code, List.of(args));
	}

	public String messageKey() {
		return "org.problem." + code;
	}
}
