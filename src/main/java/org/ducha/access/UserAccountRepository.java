package org.ducha.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

	@Query("""
			select distinct u from UserAccount u join fetch u.roles
			where u.status = org.ducha.access.AccountStatus.ACTIVE and u.unitCode in :unitCodes
			  and exists (select 1 from UserAccount v join v.roles r where v.id = u.id and r in :roles)
			""")
	List<UserAccount> findActiveWithRoleInUnits(@Param("roles") Collection<Role> roles,
			@Param("unitCodes") Collection<String> unitCodes);

	@Query("""
			select distinct u from UserAccount u join fetch u.roles
			where u.status = org.ducha.access.AccountStatus.ACTIVE and u.cadreNo in :cadreNos
			""")
	List<UserAccount> findActiveWithAnyRoleOfCadres(@Param("cadreNos") Collection<String> cadreNos);

	@Query("select distinct u from UserAccount u left join fetch u.roles where u.username in :usernames")
	List<UserAccount> findByUsernameIn(@Param("usernames") Collection<String> usernames);

	/** A successful sign-in: no version check, so that concurrent sign-ins of one account all succeed. */
	@Modifying(flushAutomatically = true)
	@Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
	int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

	/**
	 * Counts a wrong password unless the account is locked at {@code now}; the update takes the row
	 * lock, so concurrent failures are counted one by one. Returns 0 if the account is locked.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update UserAccount u set u.failedAttempts = u.failedAttempts + 1
			where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)
			""")
	int countFailedLogin(@Param("id") long id, @Param("now") Instant now);

	@Query("select u.failedAttempts from UserAccount u where u.id = :id")
	int failedAttemptsOf(@Param("id") long id);

	/** Locks the account after the last allowed failure and starts a new count. */
	@Modifying(flushAutomatically = true)
	@Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = :until where u.id = :id")
	int lock(@Param("id") long id, @Param("until") Instant until);

	@Modifying(flushAutomatically = true)
	@Query("update UserAccount u set u.passwordHash = :newHash where u.id = :id and u.passwordHash = :oldHash")
	int rehashPassword(@Param("id") long id, @Param("oldHash") String oldHash, @Param("newHash") String newHash);
}
