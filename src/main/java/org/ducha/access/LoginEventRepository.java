package org.ducha.access;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

	@Query("""
			select e from LoginEvent e
			where (:username is null or e.username = :username)
			  and (:outcome is null or e.outcome = :outcome)
			""")
	Page<LoginEvent> search(@Param("username") String username, @Param("outcome") LoginOutcome outcome,
			Pageable page);
}
