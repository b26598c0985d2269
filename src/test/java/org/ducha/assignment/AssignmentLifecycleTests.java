package org.ducha.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The exhaustive transition table of SPEC §6: every step from every status, either allowed (with its
 * target status) or 409 ILLEGAL_TRANSITION.
 */
class AssignmentLifecycleTests {

	static final LocalDate ISSUED_ON = LocalDate.of(2026, 9, 14);

	static final Act ACT = new Act("someone", Instant.parse("2026-09-14T02:00:00Z"), ISSUED_ON);

	enum Step {
		SIGN(a -> a.sign(ACT)),
		PROGRESS(a -> a.reportProgress(ACT, "进展", 50, Map.of())),
		SUBMIT(a -> a.submit(ACT, "结果")),
		CLOSE(a -> a.close(ACT)),
		RETURN(a -> a.returnResult(ACT, "理由")),
		REQUEST_EXTENSION(a -> a.requestExtension(ACT, LocalDate.of(2026, 11, 30), "理由")),
		URGE(a -> a.urge(ACT, "催办"));

		final Consumer<Assignment> run;

		Step(Consumer<Assignment> run) {
			this.run = run;
		}
	}

	/** The allowed steps per status and where each leads. */
	static final Map<AssignmentStatus, Map<Step, AssignmentStatus>> TABLE = new EnumMap<>(AssignmentStatus.class);

	static {
		TABLE.put(AssignmentStatus.ISSUED, Map.of(Step.SIGN, AssignmentStatus.SIGNED, Step.URGE, AssignmentStatus.ISSUED));
		TABLE.put(AssignmentStatus.SIGNED, Map.of(Step.PROGRESS, AssignmentStatus.IN_PROGRESS,
				Step.REQUEST_EXTENSION, AssignmentStatus.SIGNED, Step.URGE, AssignmentStatus.SIGNED));
		TABLE.put(AssignmentStatus.IN_PROGRESS, Map.of(Step.PROGRESS, AssignmentStatus.IN_PROGRESS,
				Step.SUBMIT, AssignmentStatus.SUBMITTED, Step.REQUEST_EXTENSION, AssignmentStatus.IN_PROGRESS,
				Step.URGE, AssignmentStatus.IN_PROGRESS));
		TABLE.put(AssignmentStatus.SUBMITTED, Map.of(Step.CLOSE, AssignmentStatus.CLOSED,
				Step.RETURN, AssignmentStatus.RETURNED, Step.URGE, AssignmentStatus.SUBMITTED));
		TABLE.put(AssignmentStatus.RETURNED, Map.of(Step.PROGRESS, AssignmentStatus.IN_PROGRESS,
				Step.REQUEST_EXTENSION, AssignmentStatus.RETURNED, Step.URGE, AssignmentStatus.RETURNED));
		TABLE.put(AssignmentStatus.CLOSED, Map.of());
	}

	/** The shortest path of steps from a new assignment to each status. */
	static final Map<AssignmentStatus, List<Step>> PATH = Map.of(
			AssignmentStatus.ISSUED, List.of(),
			AssignmentStatus.SIGNED, List.of(Step.SIGN),
			AssignmentStatus.IN_PROGRESS, List.of(Step.SIGN, Step.PROGRESS),
			AssignmentStatus.SUBMITTED, List.of(Step.SIGN, Step.PROGRESS, Step.SUBMIT),
			AssignmentStatus.CLOSED, List.of(Step.SIGN, Step.PROGRESS, Step.SUBMIT, Step.CLOSE),
			AssignmentStatus.RETURNED, List.of(Step.SIGN, Step.PROGRESS, Step.SUBMIT, Step.RETURN));

	static Assignment in(AssignmentStatus status) {
		Assignment a = Assignment.issue(new NewAssignment(AssignmentKind.PROBLEM, "P-1", "ZJJ", null, null, "整改",
				ISSUED_ON, LocalDate.of(2026, 10, 30), Map.of()), LocalDate.of(2026, 9, 15), ACT);
		PATH.get(status).forEach(step -> step.run.accept(a));
		assertThat(a.getStatus()).isEqualTo(status);
		return a;
	}

	@Test
	void everyStepFromEveryStatusIsAllowedExactlyAsTheTableSays() {
		for (AssignmentStatus from : AssignmentStatus.values()) {
			for (Step step : Step.values()) {
				Assignment a = in(from);
				AssignmentStatus to = TABLE.get(from).get(step);
				if (to != null) {
					step.run.accept(a);
					assertThat(a.getStatus()).as("%s from %s", step, from).isEqualTo(to);
				}
				else {
					assertThatThrownBy(() -> step.run.accept(a)).as("%s from %s", step, from)
						.isInstanceOfSatisfying(DomainException.class,
								e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
					assertThat(a.getStatus()).isEqualTo(from);
				}
			}
		}
	}

	@Test
	void aReturnIsCountedAndTheUnitResumesWorkAndResubmits() {
		Assignment a = in(AssignmentStatus.RETURNED);
		assertThat(a.getReturnedCount()).isEqualTo(1);

		a.reportProgress(ACT, "补充", 100, Map.of());
		a.submit(ACT, "再报");
		a.returnResult(ACT, "仍不合格");

		assertThat(a.getReturnedCount()).isEqualTo(2);
		assertThat(a.getSteps()).extracting(AssignmentStep::getAction)
			.containsExactly("ISSUED", "SIGNED", "PROGRESS", "SUBMITTED", "RETURNED", "PROGRESS", "SUBMITTED", "RETURNED");
	}

	@Test
	void closingRefusesAPendingExtensionRequest() {
		Assignment a = in(AssignmentStatus.IN_PROGRESS);
		ExtensionRequest request = a.requestExtension(ACT, LocalDate.of(2026, 11, 30), "理由");
		a.submit(ACT, "结果");

		a.close(ACT);

		assertThat(request.getStatus()).isEqualTo(ExtensionStatus.REFUSED);
		Set<AssignmentStatus> open = EnumSet.complementOf(EnumSet.of(AssignmentStatus.CLOSED));
		assertThat(open).allMatch(AssignmentStatus::isOpen);
		assertThat(AssignmentStatus.CLOSED.isOpen()).isFalse();
	}
}
