package org.ducha.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NameClearingRepository extends JpaRepository<NameClearing, Long> {

	List<NameClearing> findByCadreNoOrderByIdDesc(String cadreNo);

	List<NameClearing> findByReportIdOrderByIdAsc(String reportId);

	List<NameClearing> findByStatusOrderByIdAsc(NameClearingStatus status);
}
