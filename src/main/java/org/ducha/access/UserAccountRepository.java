package org.ducha.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("""
			select u from UserAccount u
			where (:text is null or lower(u.username) like :text or lower(u.displayName) like :text)
			  and (:unitCode is null or u.unitCode = :unitCode)
			  and (:status is null or u.status = :status)
			  and (:lockedOnly = false or u.lockedUntil > :now)
			""")
	Page<UserAccount> search(@Param("text") String text, @Param("unitCode") String unitCode,
			@Param("status") AccountStatus status, @Param("lockedOnly") boolean lockedOnly, @Param("now") Instant now,
			Pageable page);

	@Query("""
			select u from UserAccount u join u.roles r
			where r = :role
			  and (:text is null or lower(u.username) like :text or lower(u.displayName) like :text)
			""")
	Page<UserAccount> searchByRole(@Param("text") String text, @Param("role") Role role, Pageable page);

	@Query("""
			select u from UserAccount u join u.roles r
			where r = :role and u.status = org.ducha.access.AccountStatus.ACTIVE
			  and (:unitCode is null or u.unitCode = :unitCode)
			order by u.username
			""")
	List<UserAccount> findActiveWithRole(@Param("role") Role role, @Param("unitCode") String unitCode);
}
