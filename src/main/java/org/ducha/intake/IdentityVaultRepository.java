package org.ducha.intake;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityVaultRepository extends JpaRepository<IdentityVaultEntry, Long> {

	List<IdentityVaultEntry> findByKeyIdNotOrderByReportIdAsc(String keyId, Pageable page);

	long countByKeyIdNot(String keyId);
}
