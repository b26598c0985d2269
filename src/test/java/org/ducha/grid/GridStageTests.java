package org.ducha.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.ducha.assignment.AssignmentStatus;
import org.junit.jupiter.api.Test;

class GridStageTests {

	@Test
	void theStageIsTheMeaningOfTheAssignmentStatus() {
		assertThat(GridStage.of(AssignmentStatus.ISSUED)).isEqualTo(GridStage.DISPATCHED);
		assertThat(GridStage.of(AssignmentStatus.SIGNED)).isEqualTo(GridStage.HANDLING);
		assertThat(GridStage.of(AssignmentStatus.IN_PROGRESS)).isEqualTo(GridStage.HANDLING);
		assertThat(GridStage.of(AssignmentStatus.RETURNED)).isEqualTo(GridStage.HANDLING);
		assertThat(GridStage.of(AssignmentStatus.SUBMITTED)).isEqualTo(GridStage.FEEDBACK);
		assertThat(GridStage.of(AssignmentStatus.CLOSED)).isEqualTo(GridStage.REVIEWED);
	}
}
