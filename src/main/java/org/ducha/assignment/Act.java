package org.ducha.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** Who acts and when: the actor's user name, the instant and the district's date. */
record Act(String actor, Instant at, LocalDate today) {
}
