package org.ducha.grid;

/** A grid event was issued to its responsible department as an assignment (流转交办). */
public record GridEventRouted(Long eventId, String unitCode, String assignmentId) {
}
