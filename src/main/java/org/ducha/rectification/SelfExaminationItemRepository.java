package org.ducha.rectification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfExaminationItemRepository extends JpaRepository<SelfExaminationItem, Long> {

	List<SelfExaminationItem> findByUnitCodeInOrderBySubmittedOnDescIdDesc(Collection<String> unitCodes);

	List<SelfExaminationItem> findByStatusOrderBySubmittedOnAscIdAsc(SelfExaminationStatus status);

	List<SelfExaminationItem> findAllByOrderBySubmittedOnDescIdDesc();

	long countByStatus(SelfExaminationStatus status);
}
