package org.ducha.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ducha.jar --ducha.audit.verify}: verifies the audit chain, prints the result and
 * ends the process with status 0 when the chain is intact, 1 when it is broken (SPEC §15). Runs
 * before any other runner; {@link AuditVerificationCommandEnvironment} keeps the web server off.
 */
@Component
@ConditionalOnProperty(AuditVerificationCommand.PROPERTY)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

	static final String PROPERTY = "ducha.audit.verify";

	private final AuditLog audit;
	private final PrintStream out;
	private final IntConsumer exit;

	@Autowired
	AuditVerificationCommand(AuditLog audit, ConfigurableApplicationContext context) {
		this(audit, System.out, status -> System.exit(SpringApplication.exit(context, () -> status)));
	}

	AuditVerificationCommand(AuditLog audit, PrintStream out, IntConsumer exit) {
		this.audit = audit;
		this.out = out;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = audit.verify();
		out.println(describe(result));
		out.flush();
		exit.accept(result.valid() ? 0 : 1);
	}

	static String describe(AuditVerification result) {
		return result.valid()
				? "Audit chain valid: " + result.events() + " events verified."
				: "Audit chain BROKEN at seq " + result.firstBrokenAt() + " (" + result.events() + " events read).";
	}
}
