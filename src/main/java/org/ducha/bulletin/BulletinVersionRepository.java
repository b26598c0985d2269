package org.ducha.bulletin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinVersionRepository extends JpaRepository<BulletinVersion, Long> {

	List<BulletinVersion> findByBulletinIdOrderByNumberDesc(Long bulletinId);

	Optional<BulletinVersion> findByBulletinIdAndNumber(Long bulletinId, int number);
}
