package org.ducha.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdAndRevokedAtIsNull(Long userId);

	@Modifying
	@Query("delete from ApiToken t where t.expiresAt < :before")
	int deleteExpiredBefore(@Param("before") Instant before);
}
