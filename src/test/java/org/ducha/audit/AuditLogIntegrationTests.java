package org.ducha.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachEventCarriesTheHashOfThePreviousOne() {
		AuditEvent first = audit.recordAs("tester", "TEST_ONE", "Thing", "1", "a");
		AuditEvent second = audit.recordAs("tester", "TEST_TWO", "Thing", "1", "b");

		assertThat(second.getSeq()).isEqualTo(first.getSeq() + 1);
		assertThat(second.getPrevHash()).isEqualTo(first.getHash());
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void verificationFindsARowEditedDirectlyInTheDatabase() {
		audit.recordAs("tester", "TEST_ONE", "Thing", "1", "original");
		AuditEvent tampered = audit.recordAs("tester", "TEST_TWO", "Thing", "2", "original");
		audit.recordAs("tester", "TEST_THREE", "Thing", "3", "original");
		long before = audit.verify().events();

		jdbc.update("update audit_event set details = 'edited' where seq = ?", tampered.getSeq());

		AuditVerification result = audit.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenAt()).isEqualTo(tampered.getSeq());
		assertThat(before).isGreaterThanOrEqualTo(3);
	}

	@Test
	void verificationFindsADeletedRowInTheMiddleOfTheChain() {
		audit.recordAs("tester", "TEST_ONE", "Thing", "1", "x");
		AuditEvent deleted = audit.recordAs("tester", "TEST_TWO", "Thing", "2", "x");
		audit.recordAs("tester", "TEST_THREE", "Thing", "3", "x");

		jdbc.update("delete from audit_event where seq = ?", deleted.getSeq());

		AuditVerification result = audit.verify();
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenAt()).isEqualTo(deleted.getSeq());
	}

	@Test
	void verificationFindsEventsDeletedFromTheEndOfTheChain() {
		audit.recordAs("tester", "TEST_ONE", "Thing", "1", "x");
		AuditEvent last = audit.recordAs("tester", "TEST_TWO", "Thing", "2", "x");

		jdbc.update("delete from audit_event where seq = ?", last.getSeq());

		assertThat(audit.verify().valid()).isFalse();
	}
}
