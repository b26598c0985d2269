package org.ducha.accountability;

import java.util.List;

import org.ducha.assignment.FlagReason;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	boolean existsByAssignmentIdAndReason(String assignmentId, FlagReason reason);

	List<Candidate> findByStatusOrderByFlaggedOnAscIdAsc(CandidateStatus status);

	Page<Candidate> findByStatus(CandidateStatus status, Pageable pageable);

	List<Candidate> findByAssignmentIdAndStatus(String assignmentId, CandidateStatus status);

	long countByStatus(CandidateStatus status);
}
