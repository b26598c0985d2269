package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ducha.assignment.AssignmentStatus;
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
		as("zjj-liaison", () -> assignments.reportProgress(assignment, "正在整改", 80, null));
		await(() -> problem(id).getStatus() == ProblemStatus.RECTIFYING);
		String evidence = upload("zjj-liaison");

		// In progress, so the state allows submitting: only the missing input is refused, field by field.
		assertThatThrownBy(() -> as("zjj-liaison", () -> assignments.submit(assignment, "  ", List.of(evidence))))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("result");
			});
		assertThatThrownBy(() -> as("zjj-liaison", () -> assignments.submit(assignment, "已整改", List.of())))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("evidenceIds");
			});
		// Nothing was submitted, so the issuer has nothing to accept yet.
		assertThatThrownBy(() -> as("officer", () -> assignments.close(assignment)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThat(as("officer", () -> assignments.view(assignment)).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);

		// With result and evidence it is submitted, but only the issuer's acceptance closes the problem.
		as("zjj-liaison", () -> assignments.submit(assignment, "已整改", List.of(evidence)));
		assertThatThrownBy(() -> as("zjj-liaison", () -> assignments.close(assignment)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
		assertThat(problem(id).getStatus()).isEqualTo(ProblemStatus.RECTIFYING);
		as("officer", () -> assignments.close(assignment));
		await(() -> problem(id).getStatus() == ProblemStatus.CLOSED);
		assertThat(auditCount("PROBLEM_CLOSED", id)).isEqualTo(1);
	}
}
