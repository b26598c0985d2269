package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The case figures of the home page: counted for the given user, only for the roles that handle cases. */
class AccountabilityHomeFiguresIntegrationTests extends AccountabilityIntegrationSupport {

	static final String UNDECIDED = "accountability.home.undecided";
	static final String CANDIDATES = "accountability.home.candidates";
	static final String OVERDUE = "accountability.home.unitReportsOverdue";

	@Autowired
	List<HomeFigureSource> sources;

	List<HomeFigure> figuresOf(String username, String... roles) {
		var auth = new UsernamePasswordAuthenticationToken(username, "n/a", AuthorityUtils
			.createAuthorityList(Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
		return sources.stream().flatMap(s -> s.figuresFor(auth).stream()).toList();
	}

	static Optional<Long> value(List<HomeFigure> figures, String key) {
		return figures.stream().filter(f -> f.labelKey().equals(key)).map(HomeFigure::value).findFirst();
	}

	@Test
	void theOfficeSeesUndecidedCasesCandidatesAndOverdueUnitReports() {
		long undecidedBefore = value(figuresOf("officer", "OFFICER"), UNDECIDED).orElseThrow();
		as("officer", () -> cases.open(NewCase.againstCadre("C013", "推诿扯皮")));
		List<HomeFigure> figures = figuresOf("officer", "OFFICER");
		assertThat(value(figures, UNDECIDED)).contains(undecidedBefore + 1);
		// the demo district holds an open case against 冯涛 and 陈刚's overdue problem among the candidates
		assertThat(undecidedBefore).isPositive();
		await(() -> value(figuresOf("officer", "OFFICER"), CANDIDATES).orElseThrow() > 0);
		assertThat(value(figuresOf("director", "OFFICE_DIRECTOR"), CANDIDATES))
			.contains((long) as("officer", () -> cases.openCandidates()).size());
		assertThat(figures).filteredOn(f -> f.labelKey().equals(OVERDUE)).singleElement()
			.satisfies(f -> assertThat(f.href()).isEqualTo("/accountability/cases?overdue=true"));
	}

	@Test
	void aUnitCaseOverdueForItsReportIsCountedForTheOfficeOnly() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "未按期报告")));
		clock.setDate(AccountabilityTestClock.START.plusMonths(2));
		List<CaseView> overdue = as("officer", () -> cases.unitReportsOverdue());
		assertThat(overdue).extracting(CaseView::id).contains(opened.id());
		assertThat(value(figuresOf("officer", "OFFICER"), OVERDUE)).contains((long) overdue.size());
		assertThat(value(figuresOf("zjj", "UNIT_PRINCIPAL"), OVERDUE)).isEmpty();
	}

	@Test
	void aUnitPrincipalCountsOnlyTheUnitCasesItsUnitDecides() {
		long zjjBefore = value(figuresOf("zjj", "UNIT_PRINCIPAL"), UNDECIDED).orElseThrow();
		long scjBefore = value(figuresOf("scj", "UNIT_PRINCIPAL"), UNDECIDED).orElseThrow();
		as("officer", () -> cases.open(NewCase.againstCadre("C013", "窗口推诿")));
		as("officer", () -> cases.open(NewCase.againstCadre("C021", "督促不力")));
		assertThat(value(figuresOf("zjj", "UNIT_PRINCIPAL"), UNDECIDED)).contains(zjjBefore + 1);
		assertThat(value(figuresOf("scj", "UNIT_PRINCIPAL"), UNDECIDED)).contains(scjBefore);
		assertThat(figuresOf("zjj", "UNIT_PRINCIPAL")).extracting(HomeFigure::labelKey).doesNotContain(CANDIDATES);
	}

	@Test
	void rolesThatHandleNoCaseSeeNoCaseFigure() {
		for (String[] who : List.of(new String[] { "chengang", "CADRE" }, new String[] { "intake", "INTAKE_OFFICER" },
				new String[] { "zjj-liaison", "UNIT_LIAISON" }, new String[] { "auditor", "AUDITOR" })) {
			assertThat(figuresOf(who[0], who[1])).extracting(HomeFigure::labelKey)
				.as(who[1])
				.doesNotContain(UNDECIDED, CANDIDATES, OVERDUE);
		}
	}

	@Test
	void theHomePageShowsTheCaseFiguresToTheOffice() throws Exception {
		mvc.perform(get("/").with(OFFICER).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("未决问责案件")))
			.andExpect(content().string(Matchers.containsString("待研判问责线索")));
		mvc.perform(get("/").with(CADRE).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("未决问责案件"))));
	}
}
