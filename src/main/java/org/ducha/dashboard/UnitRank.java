package org.ducha.dashboard;

/** A unit's place in the ranking: rank 1 is best; units with equal scores share a rank. Score 0..100. */
public record UnitRank(int rank, double score, UnitFigures figures) {
}
