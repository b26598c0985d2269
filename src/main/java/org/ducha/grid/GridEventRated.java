package org.ducha.grid;

/** The office rated how a grid event was handled (督查问效). */
public record GridEventRated(Long eventId, GridRating rating, String unitCode) {
}
