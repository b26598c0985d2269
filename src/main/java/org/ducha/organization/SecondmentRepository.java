package org.ducha.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondmentRepository extends JpaRepository<Secondment, Long> {

	List<Secondment> findByStatusOrderByCurrentEndAsc(SecondmentStatus status);

	List<Secondment> findByStatusAndCurrentEndBeforeOrderByCurrentEndAsc(SecondmentStatus status, LocalDate date);

	long countByStatusAndCurrentEndBefore(SecondmentStatus status, LocalDate date);

	List<Secondment> findByStatusOrderByReturnedOnDesc(SecondmentStatus status);

	List<Secondment> findAllByOrderByStartDateDescIdDesc();

	List<Secondment> findByCadreNoOrderByStartDateDescIdDesc(String cadreNo);

	List<Secondment> findByCadreNoAndStatus(String cadreNo, SecondmentStatus status);
}
