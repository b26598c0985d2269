package org.ducha.accountability;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FalseAccusationRepository extends JpaRepository<FalseAccusation, Long> {

	Optional<FalseAccusation> findByReportId(String reportId);

	List<FalseAccusation> findAllByOrderByIdDesc();
}
