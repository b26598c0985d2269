package org.ducha.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskProgressRepository extends JpaRepository<TaskProgress, Long> {

	List<TaskProgress> findByTaskIdOrderByReportedOnAscIdAsc(Long taskId);
}
