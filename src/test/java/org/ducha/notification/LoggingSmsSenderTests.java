package org.ducha.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsSenderTests {

	@Test
	void logsTheUsernameAndKindWithAMaskedNumberAndNeverTheText(CapturedOutput output) {
		new LoggingSmsSender().send("zjj", "13812345678", NotificationKind.NEW_ASSIGNMENT,
				"您的单位有一件新的交办事项 http://localhost:8080/assignments/7");

		assertThat(output.getAll()).contains("zjj").contains("NEW_ASSIGNMENT").contains("138****5678")
			.doesNotContain("13812345678").doesNotContain("交办").doesNotContain("/assignments/7");
	}

	@Test
	void masksShortAndFormattedNumbersToo() {
		assertThat(LoggingSmsSender.mask("+86 138-1234-5678")).isEqualTo("861****5678");
		assertThat(LoggingSmsSender.mask("0571-8765432")).isEqualTo("057****5432");
		assertThat(LoggingSmsSender.mask("8765432")).isEqualTo("****32");
		assertThat(LoggingSmsSender.mask("12345")).isEqualTo("****");
		assertThat(LoggingSmsSender.mask(null)).isEqualTo("****");
	}
}
