package org.ducha.grid;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GridEventStepRepository extends JpaRepository<GridEventStep, Long> {

	List<GridEventStep> findByEventIdOrderByAtAscIdAsc(Long eventId);
}
