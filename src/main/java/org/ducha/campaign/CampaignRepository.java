package org.ducha.campaign;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, Long id);

	Page<Campaign> findByStartDateAfter(LocalDate today, Pageable page);

	Page<Campaign> findByStartDateLessThanEqualAndEndDateGreaterThanEqual(LocalDate today, LocalDate sameDay,
			Pageable page);

	Page<Campaign> findByEndDateBefore(LocalDate today, Pageable page);

	long countByStartDateLessThanEqualAndEndDateGreaterThanEqual(LocalDate today, LocalDate sameDay);
}
