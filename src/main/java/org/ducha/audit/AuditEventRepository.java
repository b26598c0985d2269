package org.ducha.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	List<AuditEvent> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable page);

	@Query("""
			select e from AuditEvent e
			where (:objectId is null or e.objectId = :objectId)
			  and (:actor is null or e.actor = :actor)
			  and (:action is null or e.action = :action)
			""")
	Page<AuditEvent> search(@Param("objectId") String objectId, @Param("actor") String actor,
			@Param("action") String action, Pageable page);

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> findDistinctActions();
}
