package org.ducha.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in for both the pages and the API, under the login policy of SPEC §15: the
 * {@code maxFailedAttempts}-th wrong password in a row locks the account for {@code lockDuration},
 * during which even the right password is refused (423); a success resets the count. Every
 * attempt goes to the login log and the audit log, never the password.
 */
@Service
public class Logins {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The outcome of a successful sign-in. */
	public record LoginResult(CurrentUser user, boolean passwordChangeRequired) {
	}

	private final UserAccountRepository users;
	private final LoginEventRepository events;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;
	private final AccessProperties properties;
	private final boolean demo;
	private final String unknownUserHash;

	Logins(UserAccountRepository users, LoginEventRepository events, PasswordEncoder passwords, AuditLog audit,
			Clock clock, AccessProperties properties, @Value("${ducha.demo:false}") boolean demo) {
		this.users = users;
		this.events = events;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.demo = demo;
		this.unknownUserHash = passwords.encode("unknown-user-" + System.nanoTime());
	}

	/**
	 * Checks a user name and password. Throws UNAUTHENTICATED {@code BAD_CREDENTIALS} (401) for an
	 * unknown user or a wrong password, LOCKED {@code ACCOUNT_LOCKED} (423) while the account is
	 * locked, UNAUTHENTICATED {@code ACCOUNT_DISABLED} for a disabled account. The failure count and
	 * the log entries are committed whatever the outcome.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public LoginResult authenticate(String username, String password, LoginChannel channel, String remoteAddress) {
		String name = normalize(username);
		String address = truncate(remoteAddress, 64);
		Instant now = Instant.now(clock);
		Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : users.findByUsername(name);
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, unknownUserHash);
			log(now, name, LoginOutcome.FAILURE, channel, address);
			throw badCredentials();
		}
		UserAccount user = found.get();
		if (user.isLockedAt(now)) {
			log(now, name, LoginOutcome.REFUSED_LOCKED, channel, address);
			throw locked(user.getLockedUntil());
		}
		if (password == null || !passwords.matches(password, user.getPasswordHash())) {
			boolean lockedNow = countFailure(user, now);
			log(now, name, LoginOutcome.FAILURE, channel, address);
			if (lockedNow) {
				log(now, name, LoginOutcome.LOCKED, channel, address);
			}
			throw badCredentials();
		}
		if (!user.isEnabled()) {
			log(now, name, LoginOutcome.REFUSED_DISABLED, channel, address);
			throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "ACCOUNT_DISABLED", "account disabled");
		}
		// Direct updates without the version check: concurrent sign-ins of one account all succeed.
		users.recordSuccessfulLogin(user.getId(), now);
		if (passwords.upgradeEncoding(user.getPasswordHash())) {
			users.rehashPassword(user.getId(), user.getPasswordHash(), passwords.encode(password));
		}
		log(now, name, LoginOutcome.SUCCESS, channel, address);
		return new LoginResult(user.toCurrentUser(), passwordChangeRequired(user));
	}

	/**
	 * Counts a wrong password (SPEC: the {@code maxFailedAttempts}-th failure in a row locks the
	 * account for {@code lockDuration} and starts a new count). The count is incremented in the
	 * database under the row lock, so concurrent failures are each counted once and exactly one of
	 * them locks. Returns whether this failure locked the account.
	 */
	private boolean countFailure(UserAccount user, Instant now) {
		if (users.countFailedLogin(user.getId(), now) == 0) {
			return false; // locked meanwhile by a concurrent failure: nothing more to count
		}
		if (users.failedAttemptsOf(user.getId()) < properties.maxFailedAttempts()) {
			return false;
		}
		users.lock(user.getId(), now.plus(properties.lockDuration()));
		return true;
	}

	/** Whether the user must change the password before doing anything else (never in demo mode). */
	@Transactional(readOnly = true)
	public boolean passwordChangeRequired(String username) {
		return users.findByUsername(normalize(username)).map(this::passwordChangeRequired).orElse(false);
	}

	@Transactional
	public void recordLogout(String username, String remoteAddress) {
		log(Instant.now(clock), normalize(username), LoginOutcome.LOGOUT, LoginChannel.PAGE, truncate(remoteAddress, 64));
	}

	@Transactional(readOnly = true)
	public Page<LoginEvent> search(String username, LoginOutcome outcome, Pageable page) {
		String name = username == null || username.isBlank() ? null : normalize(username);
		return events.search(name, outcome, page);
	}

	public Duration lockDuration() {
		return properties.lockDuration();
	}

	boolean passwordChangeRequired(UserAccount user) {
		return !demo && user.isMustChangePassword();
	}

	private void log(Instant now, String username, LoginOutcome outcome, LoginChannel channel, String address) {
		String name = username.isEmpty() ? "-" : username;
		events.save(new LoginEvent(now, name, outcome, channel, address));
		audit.recordAs(name, auditAction(outcome), "UserAccount", name,
				"channel=" + channel + "; address=" + (address == null ? "-" : address));
	}

	private static String auditAction(LoginOutcome outcome) {
		return switch (outcome) {
			case SUCCESS -> "LOGIN_SUCCEEDED";
			case FAILURE -> "LOGIN_FAILED";
			case LOCKED -> "ACCOUNT_LOCKED";
			case REFUSED_LOCKED -> "LOGIN_REFUSED_LOCKED";
			case REFUSED_DISABLED -> "LOGIN_REFUSED_DISABLED";
			case LOGOUT -> "LOGOUT";
		};
	}

	private DomainException locked(Instant until) {
		String at = UNTIL.format(until.atZone(clock.getZone()));
		return new DomainException(DomainException.Kind.LOCKED, "ACCOUNT_LOCKED", "account locked until " + at, at);
	}

	private static DomainException badCredentials() {
		return new DomainException(DomainException.Kind.UNAUTHENTICATED, "BAD_CREDENTIALS", "bad credentials");
	}

	static String normalize(String username) {
		return username == null ? "" : truncate(username.strip().toLowerCase(Locale.ROOT), 64);
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
