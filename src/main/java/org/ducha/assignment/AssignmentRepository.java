package org.ducha.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AssignmentRepository extends JpaRepository<Assignment, String>, JpaSpecificationExecutor<Assignment> {

	List<Assignment> findByKindAndSourceIdOrderByIssuedOnAscIdAsc(AssignmentKind kind, String sourceId);
}
