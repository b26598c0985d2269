package org.ducha.calendar;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarRevisionRepository extends JpaRepository<CalendarRevision, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from CalendarRevision r where r.id = 1")
	Optional<CalendarRevision> lockRevision();

	/** A scalar query, so it always reads the database rather than the persistence context. */
	@Query("select r.revision from CalendarRevision r where r.id = 1")
	Optional<Long> currentRevision();
}
