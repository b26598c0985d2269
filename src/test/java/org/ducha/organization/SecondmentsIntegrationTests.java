package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ducha.organization.DemoDistrictTest.TODAY;

import java.time.LocalDate;
import java.util.List;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;

@DemoDistrictTest
@Transactional
class SecondmentsIntegrationTests {

	@Autowired
	Secondments secondments;

	@Autowired
	AuditLog audit;

	@Autowired
	List<HomeFigureSource> figures;

	@Test
	void theDemoDistrictHasOneOverdueSecondmentFortyDaysOver() {
		assertThat(secondments.today()).isEqualTo(TODAY);
		assertThat(secondments.list(SecondmentFilter.OVERDUE)).singleElement().satisfies(s -> {
			assertThat(s.getCadreNo()).isEqualTo("C013");
			assertThat(s.daysOverdue(TODAY)).isEqualTo(40);
		});
		assertThat(secondments.list(SecondmentFilter.OPEN)).extracting(Secondment::getCadreNo)
			.containsExactly("C013", "C021");
		assertThat(secondments.list(SecondmentFilter.RETURNED)).extracting(Secondment::getCadreNo).containsExactly("C012");
		assertThat(secondments.overdueCount()).isEqualTo(1);
	}

	@Test
	void aSecondmentRecordedWithAPlannedEndYesterdayIsOverdueByOneDay() {
		Secondment s = secondments.record(new SecondmentDraft("C040", null, "QZF", "借调参加专项工作",
				LocalDate.of(2026, 3, 1), TODAY.minusDays(1)));

		assertThat(s.getFromUnitCode()).isEqualTo("JYJ");
		assertThat(s.daysOverdue(TODAY)).isEqualTo(1);
		assertThat(secondments.overdueCount()).isEqualTo(2);
		assertThat(events(s)).extracting(AuditEvent::getAction).containsExactly("SECONDMENT_RECORDED");
	}

	@Test
	void aSecondmentEndingTodayIsNotOverdue() {
		secondments.record(new SecondmentDraft("C040", null, "QZF", "借调", LocalDate.of(2026, 3, 1), TODAY));

		assertThat(secondments.overdueCount()).isEqualTo(1);
	}

	@Test
	void anApprovedExtensionTakesTheSecondmentOffTheOverdueList() {
		Secondment overdue = secondments.list(SecondmentFilter.OVERDUE).getFirst();

		secondments.extend(overdue.getId(), new ExtensionDraft(TODAY.plusDays(30), "迎检工作延长", TODAY));

		assertThat(secondments.overdueCount()).isZero();
		assertThat(secondments.get(overdue.getId()).getCurrentEnd()).isEqualTo(TODAY.plusDays(30));
		assertThat(events(overdue)).extracting(AuditEvent::getAction).containsExactly("SECONDMENT_EXTENDED");
	}

	@Test
	void theReturnTakesTheSecondmentOffTheOverdueListAndRecordsHowLateItWas() {
		Secondment overdue = secondments.list(SecondmentFilter.OVERDUE).getFirst();

		Secondment returned = secondments.returnCadre(overdue.getId(), TODAY.minusDays(5));

		assertThat(returned.getStatus()).isEqualTo(SecondmentStatus.RETURNED);
		assertThat(returned.daysReturnedLate()).isEqualTo(35);
		assertThat(secondments.overdueCount()).isZero();
		assertThatThrownBy(() -> secondments.returnCadre(overdue.getId(), TODAY))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> secondments.extend(overdue.getId(), new ExtensionDraft(TODAY.plusDays(9), "r", TODAY)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void aRecordIsCheckedFieldByField() {
		assertThatThrownBy(() -> secondments.record(new SecondmentDraft("C013", null, "ZJJ", " ", TODAY, TODAY.minusDays(1))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field)
				.containsExactlyInAnyOrder("cadreNo", "toUnitCode", "purpose", "plannedEnd"));
		assertThatThrownBy(() -> secondments.record(new SecondmentDraft("C999", null, "NOPE", "x", null, null)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field)
				.containsExactlyInAnyOrder("cadreNo", "toUnitCode", "startDate", "plannedEnd"));
	}

	@Test
	void extensionAndReturnDatesAreChecked() {
		Secondment overdue = secondments.list(SecondmentFilter.OVERDUE).getFirst();

		assertThatThrownBy(() -> secondments.extend(overdue.getId(),
				new ExtensionDraft(overdue.getCurrentEnd(), null, TODAY.plusDays(1))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactlyInAnyOrder("newEnd", "reason", "approvedOn"));
		assertThatThrownBy(() -> secondments.returnCadre(overdue.getId(), overdue.getStartDate().minusDays(1)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("returnedOn"));
		assertThat(secondments.get(overdue.getId()).getStatus()).isEqualTo(SecondmentStatus.ON_SECONDMENT);
	}

	@Test
	void theOverdueCountIsOnTheHomePageOfTheOfficeAndTheLeaders() {
		for (String role : List.of("ROLE_OFFICER", "ROLE_OFFICE_DIRECTOR", "ROLE_LEADER")) {
			assertThat(figuresFor(role)).singleElement().satisfies(f -> {
				assertThat(f.value()).isEqualTo(1);
				assertThat(f.href()).isEqualTo("/organization/secondments?filter=OVERDUE");
			});
		}
		assertThat(figuresFor("ROLE_INTAKE_OFFICER")).isEmpty();
		assertThat(figuresFor("ROLE_SYSTEM_ADMIN")).isEmpty();
	}

	private List<HomeFigure> figuresFor(String role) {
		TestingAuthenticationToken user = new TestingAuthenticationToken("u", "p", role);
		return figures.stream().flatMap(s -> s.figuresFor(user).stream())
			.filter(f -> f.labelKey().equals("org.home.overdueSecondments"))
			.toList();
	}

	private List<AuditEvent> events(Secondment s) {
		return audit.search(s.getId().toString(), null, null, PageRequest.of(0, 1000)).getContent().stream()
			.filter(e -> "Secondment".equals(e.getObjectType()))
			.toList();
	}
}
