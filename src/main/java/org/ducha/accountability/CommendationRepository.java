package org.ducha.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommendationRepository extends JpaRepository<Commendation, Long> {

	List<Commendation> findByCadreNoOrderByAwardedOnDescIdDesc(String cadreNo);
}
