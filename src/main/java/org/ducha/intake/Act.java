package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;

/** Who acts and when: the actor's user name ({@code public} for a citizen), the instant, and the district's date. */
record Act(String actor, Instant at, LocalDate today) {

	static final String CITIZEN = "public";
}
