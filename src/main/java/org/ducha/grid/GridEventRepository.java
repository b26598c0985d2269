package org.ducha.grid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GridEventRepository extends JpaRepository<GridEvent, Long> {

	Optional<GridEvent> findByAssignmentId(String assignmentId);

	/**
	 * Sets the stage mirrored from the assignment, without the version check: the listener that follows the
	 * assignment must not collide with the office's rating of the same event.
	 */
	@Modifying
	@Query("update GridEvent e set e.stage = :stage where e.id = :id and e.assignmentId = :assignmentId")
	int mirrorStage(Long id, String assignmentId, GridStage stage);

	@Query("""
			select e from GridEvent e
			where (:all = true or e.areaUnitCode in :units or e.routedUnitCode in :units)
			  and (:stage is null or e.stage = :stage)
			  and (:area is null or e.areaUnitCode = :area)
			order by e.reportedAt desc, e.id desc
			""")
	List<GridEvent> search(boolean all, Collection<String> units, GridStage stage, String area);
}
