package org.ducha.intake;

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
 * {@code java -jar ducha.jar --ducha.keys.rotate}: rotates the identity vault key (see
 * {@link IdentityKeyRotation}), prints the new key id (never a key) and the count, and ends the
 * process with status 0, or 1 when identities are left under an old key.
 * {@link KeyRotationCommandEnvironment} keeps the web server off.
 */
@Component
@ConditionalOnProperty(KeyRotationCommand.PROPERTY)
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeyRotationCommand implements ApplicationRunner {

	static final String PROPERTY = "ducha.keys.rotate";

	private final IdentityKeyRotation rotation;
	private final PrintStream out;
	private final IntConsumer exit;

	@Autowired
	KeyRotationCommand(IdentityKeyRotation rotation, ConfigurableApplicationContext context) {
		this(rotation, System.out, status -> System.exit(SpringApplication.exit(context, () -> status)));
	}

	KeyRotationCommand(IdentityKeyRotation rotation, PrintStream out, IntConsumer exit) {
		this.rotation = rotation;
		this.out = out;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		IdentityKeyRotation.Result result = rotation.rotate();
		out.println((result.newKey() ? "New identity key " : "Current identity key ") + result.keyId() + ": "
				+ result.reencrypted() + " identities re-encrypted, " + result.remaining() + " left under older keys.");
		out.flush();
		exit.accept(result.remaining() == 0 ? 0 : 1);
	}
}
