package org.ducha.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaultToleranceApplicationRepository extends JpaRepository<FaultToleranceApplication, Long> {

	List<FaultToleranceApplication> findByCaseIdOrderByIdAsc(String caseId);

	List<FaultToleranceApplication> findBySubjectCadreNoOrderByIdDesc(String cadreNo);

	List<FaultToleranceApplication> findAllByOrderByIdDesc();
}
