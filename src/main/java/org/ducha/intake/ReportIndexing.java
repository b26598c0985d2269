package org.ducha.intake;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes an existing database searchable at start-up: when the report index holds a different number
 * of reports than the database (a new or deleted index directory, a restored backup), it is rebuilt
 * from the database before anyone signs in. Afterwards Hibernate Search indexes each new or changed
 * report when its transaction commits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportIndexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportIndexing.class);

	private final ReportRepository reports;
	private final ReportTextSearch index;
	private final EntityManagerFactory entityManagerFactory;

	ReportIndexing(ReportRepository reports, ReportTextSearch index, EntityManagerFactory entityManagerFactory) {
		this.reports = reports;
		this.index = index;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		rebuildIfOutOfStep();
	}

	/** Rebuilds the index when its count differs from the database's; returns whether it did. */
	boolean rebuildIfOutOfStep() throws InterruptedException {
		long stored = reports.count();
		long indexed = index.indexedCount();
		if (stored == indexed) {
			return false;
		}
		log.info("Report index holds {} of {} reports; rebuilding it", indexed, stored);
		Search.mapping(entityManagerFactory).scope(Report.class).massIndexer()
			.threadsToLoadObjects(1)
			.startAndWait();
		log.info("Report index rebuilt");
		return true;
	}
}
