package org.ducha.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findAllByOrderByCodeAsc();
}
