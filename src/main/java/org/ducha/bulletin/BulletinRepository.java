package org.ducha.bulletin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

	Optional<Bulletin> findByMonth(String month);

	List<Bulletin> findAllByOrderByMonthDesc();

	List<Bulletin> findByStatusInOrderByMonthDesc(Collection<BulletinStatus> statuses);
}
