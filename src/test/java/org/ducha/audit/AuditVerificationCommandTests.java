package org.ducha.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code --ducha.audit.verify}: the runner on a real chain, and the switch that keeps the web server off. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditVerificationCommandTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();
	final List<Integer> exitCodes = new ArrayList<>();

	AuditVerificationCommand command() {
		return new AuditVerificationCommand(audit, new PrintStream(printed, true, StandardCharsets.UTF_8),
				exitCodes::add);
	}

	@Test
	void intactChainPrintsValidAndExitsWithZero() {
		audit.recordAs("tester", "CMD_ONE", "Thing", "c-1", "x");

		command().run(new DefaultApplicationArguments("--ducha.audit.verify"));

		assertThat(exitCodes).containsExactly(0);
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Audit chain valid:");
	}

	@Test
	void tamperedChainPrintsTheFirstBrokenEventAndExitsWithOne() {
		AuditEvent tampered = audit.recordAs("tester", "CMD_TWO", "Thing", "c-2", "x");
		jdbc.update("update audit_event set object_id = 'c-9' where seq = ?", tampered.getSeq());
		try {
			command().run(new DefaultApplicationArguments("--ducha.audit.verify"));
		}
		finally {
			jdbc.update("update audit_event set object_id = 'c-2' where seq = ?", tampered.getSeq());
		}

		assertThat(exitCodes).containsExactly(1);
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.startsWith("Audit chain BROKEN at seq " + tampered.getSeq() + " ");
	}

	@Test
	void commandIsOnlyPresentWhenAskedFor() {
		assertThat(context.getBeanProvider(AuditVerificationCommand.class).getIfAvailable()).isNull();
	}

	@Test
	void commandIsCreatedWhenTheFlagIsGiven() {
		new ApplicationContextRunner()
			.withBean(AuditLog.class, () -> Mockito.mock(AuditLog.class))
			.withUserConfiguration(AuditVerificationCommand.class)
			.withPropertyValues("ducha.audit.verify=")
			.run(ctx -> assertThat(ctx).hasSingleBean(AuditVerificationCommand.class));
	}

	@Test
	void verifyFlagTurnsTheWebServerAndBannerOff() {
		assertThat(webApplicationTypeWith("--ducha.audit.verify")).isEqualTo("none");
		assertThat(webApplicationTypeWith("--ducha.audit.verify=true")).isEqualTo("none");
		assertThat(webApplicationTypeWith("--ducha.audit.verify=false")).isNull();
		assertThat(webApplicationTypeWith("--server.port=18999")).isNull();
	}

	private static String webApplicationTypeWith(String arg) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arg));
		new AuditVerificationCommandEnvironment().postProcessEnvironment(env, new SpringApplication());
		return env.getProperty("spring.main.web-application-type");
	}
}
