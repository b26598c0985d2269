package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

class ProblemCloseOutIntegrationTests extends RectificationIntegrationSupport {

	@Test
	void problemIsRectifyingOnProgressAndClosedOutWhenTheIssuerClosesTheAssignment() throws Exception {
		String id = createdId(problemJson("ZJJ", "ZFZD-01-02", null));
		String assignment = assignmentOf(id);
		as("zjj-liaison", () -> assignments.sign(assignment));
		as("zjj-liaison", () -> assignments.reportProgress(assignment, "正在整改", 50, null));
		await(() -> problem(id).getStatus() == ProblemStatus.RECTIFYING);
		String evidence = upload("zjj-liaison");
		as("zjj-liaison", () -> assignments.submit(assignment, "已整改完毕", List.of(evidence)));
		assertThat(problem(id).getStatus()).isEqualTo(ProblemStatus.RECTIFYING);
		as("officer", () -> assignments.close(assignment));
		await(() -> problem(id).getStatus() == ProblemStatus.CLOSED);
		assertThat(problem(id).getClosedOn()).isEqualTo(RectificationTestClock.START);
		assertThat(auditCount("PROBLEM_CLOSED", id)).isEqualTo(1);
	}

	@Test
	void closeOutNeedsResultAndEvidence() throws Exception {
		String id = createdId(problemJson("ZJJ", "ZFZD-01-02", null));
		String assignment = assignmentOf(id);
		as("zjj-liaison", () -> assignments.sign(assignment));
		assertThatThrownBy(() -> as("zjj-liaison", () -> assignments.submit(assignment, "已整改", List.of())))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> as("officer", () -> assignments.close(assignment)))
			.isInstanceOf(DomainException.class);
		assertThat(problem(id).getStatus()).isEqualTo(ProblemStatus.OPEN);
	}
}
