package org.ducha.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.ducha.audit.AuditLog;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management of user accounts: the system administrator creates, edits, disables, unlocks and
 * resets accounts; the security administrator grants and revokes roles; every user changes their
 * own password. Each change is audited; changes that affect signing in end the user's sessions and
 * tokens.
 */
@Service
@Transactional
public class UserAccounts {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	/** A new account; {@code unitCode} defaults to the cadre's unit. */
	public record NewAccount(String username, String displayName, String cadreNo, String unitCode,
			String initialPassword) {
	}

	/** The editable identity of an account. */
	public record Profile(String displayName, String cadreNo, String unitCode) {
	}

	/** List filter; null or blank parts match everything. {@code lockedOnly} lists accounts locked now. */
	public record Filter(String text, String unitCode, AccountStatus status, boolean lockedOnly, Role role) {

		public static Filter all() {
			return new Filter(null, null, null, false, null);
		}
	}

	private final UserAccountRepository users;
	private final ApiTokens tokens;
	private final UserSessions sessions;
	private final PasswordEncoder passwords;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;

	UserAccounts(UserAccountRepository users, ApiTokens tokens, UserSessions sessions, PasswordEncoder passwords,
			Organization organization, AuditLog audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.sessions = sessions;
		this.passwords = passwords;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> search(Filter filter, Pageable page) {
		String text = blankToNull(filter.text());
		String pattern = text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%";
		if (filter.role() != null) {
			return users.searchByRole(pattern, filter.role(), page);
		}
		return users.search(pattern, blankToNull(filter.unitCode()), filter.status(), filter.lockedOnly(),
				Instant.now(clock), page);
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return users.findById(id).orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", "no user " + id));
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(String username) {
		return users.findByUsername(Logins.normalize(username));
	}

	/** Creates an account without roles; its initial password must be changed at the first sign-in. */
	public UserAccount create(NewAccount account) {
		UserAccount user = provision(account, true);
		audit.record("USER_CREATED", "UserAccount", user.getUsername(), identityDetails(user));
		return user;
	}

	public UserAccount changeProfile(long id, Profile profile) {
		UserAccount user = get(id);
		List<DomainException> problems = new ArrayList<>();
		String displayName = collect(problems, () -> requireDisplayName(profile.displayName()));
		String cadreNo = collect(problems, () -> knownCadre(profile.cadreNo()));
		String unitCode = collect(problems, () -> unitOf(cadreNo, profile.unitCode()));
		refuseAll(problems);
		user.changeProfile(displayName, cadreNo, unitCode);
		sessions.endAllOf(user.getUsername());
		audit.record("USER_UPDATED", "UserAccount", user.getUsername(), identityDetails(user));
		return user;
	}

	public UserAccount disable(long id) {
		UserAccount user = get(id);
		refuseSelf(user, "SELF_DISABLE_REFUSED");
		user.disable();
		tokens.revokeAllOf(user);
		sessions.endAllOf(user.getUsername());
		audit.record("USER_DISABLED", "UserAccount", user.getUsername(), null);
		return user;
	}

	public UserAccount enable(long id) {
		UserAccount user = get(id);
		user.enable();
		audit.record("USER_ENABLED", "UserAccount", user.getUsername(), null);
		return user;
	}

	public UserAccount unlock(long id) {
		UserAccount user = get(id);
		user.unlock(Instant.now(clock));
		audit.record("USER_UNLOCKED", "UserAccount", user.getUsername(), null);
		return user;
	}

	/** Sets a new initial password, which the user must change at the next sign-in. */
	public UserAccount resetPassword(long id, String newPassword) {
		UserAccount user = get(id);
		PasswordPolicy.check(newPassword);
		user.changePassword(passwords.encode(newPassword), true, Instant.now(clock));
		tokens.revokeAllOf(user);
		sessions.endAllOf(user.getUsername());
		audit.record("PASSWORD_RESET", "UserAccount", user.getUsername(), null);
		return user;
	}

	/** Grants a role under the separation of the three administrators; nobody changes their own roles. */
	public UserAccount grant(long id, Role role) {
		UserAccount user = get(id);
		refuseSelf(user, "SELF_GRANT_REFUSED");
		user.grant(role);
		sessions.endAllOf(user.getUsername());
		audit.record("ROLE_GRANTED", "UserAccount", user.getUsername(), "role=" + role);
		return user;
	}

	public UserAccount revoke(long id, Role role) {
		UserAccount user = get(id);
		refuseSelf(user, "SELF_GRANT_REFUSED");
		user.revoke(role);
		sessions.endAllOf(user.getUsername());
		audit.record("ROLE_REVOKED", "UserAccount", user.getUsername(), "role=" + role);
		return user;
	}

	/**
	 * The user changes their own password: the current one must be right, the new one must satisfy
	 * the {@link PasswordPolicy} and differ from it. Ends a pending forced change and revokes the
	 * user's API tokens.
	 */
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount user = findByUsername(username)
			.orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", "no user " + username));
		if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
			throw DomainException.invalid("CURRENT_PASSWORD_WRONG", "current password wrong");
		}
		PasswordPolicy.check(newPassword);
		if (newPassword.equals(currentPassword)) {
			throw DomainException.invalid("PASSWORD_UNCHANGED", "new password equals the current one");
		}
		user.changePassword(passwords.encode(newPassword), false, Instant.now(clock));
		tokens.revokeAllOf(user);
		audit.record("PASSWORD_CHANGED", "UserAccount", user.getUsername(), null);
	}

	/** Creates an account with roles, e.g. the demo accounts; audited as the system's doing. */
	UserAccount provision(NewAccount account, boolean mustChangePassword, Collection<Role> roles) {
		UserAccount user = provision(account, mustChangePassword);
		roles.forEach(user::grant);
		audit.recordAs("system", "USER_CREATED", "UserAccount", user.getUsername(),
				identityDetails(user) + "; roles=" + user.getRoles());
		return user;
	}

	private UserAccount provision(NewAccount account, boolean mustChangePassword) {
		List<DomainException> problems = new ArrayList<>();
		String username = collect(problems, () -> availableUsername(account.username()));
		String displayName = collect(problems, () -> requireDisplayName(account.displayName()));
		String cadreNo = collect(problems, () -> knownCadre(account.cadreNo()));
		String unitCode = collect(problems, () -> unitOf(cadreNo, account.unitCode()));
		collect(problems, () -> {
			PasswordPolicy.check(account.initialPassword());
			return null;
		});
		refuseAll(problems);
		UserAccount user = new UserAccount(username, displayName, cadreNo, unitCode,
				passwords.encode(account.initialPassword()), mustChangePassword, Instant.now(clock));
		return users.save(user);
	}

	private String availableUsername(String input) {
		String username = Logins.normalize(input);
		if (!USERNAME.matcher(username).matches()) {
			throw DomainException.invalid("USERNAME_INVALID", "invalid user name");
		}
		if (users.existsByUsername(username)) {
			throw DomainException.conflict("USERNAME_TAKEN", "user name taken", username);
		}
		return username;
	}

	private static <T> T collect(List<DomainException> problems, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (DomainException e) {
			problems.add(e);
			return null;
		}
	}

	/** Refuses with the first problem; the others travel as its suppressed exceptions, for forms to show them all. */
	private static void refuseAll(List<DomainException> problems) {
		if (!problems.isEmpty()) {
			DomainException first = problems.getFirst();
			problems.subList(1, problems.size()).forEach(first::addSuppressed);
			throw first;
		}
	}

	private String knownCadre(String cadreNo) {
		String no = blankToNull(cadreNo);
		if (no != null && organization.findCadre(no).isEmpty()) {
			throw DomainException.invalid("UNKNOWN_CADRE", "unknown cadre", no);
		}
		return no;
	}

	private String unitOf(String cadreNo, String unitCode) {
		String code = blankToNull(unitCode);
		if (code == null) {
			return cadreNo == null ? null : organization.findCadre(cadreNo).map(Cadre::getUnitCode).orElse(null);
		}
		if (organization.findUnit(code).isEmpty()) {
			throw DomainException.invalid("UNKNOWN_UNIT", "unknown unit", code);
		}
		return code;
	}

	private static String requireDisplayName(String displayName) {
		String name = blankToNull(displayName);
		if (name == null || name.length() > 100) {
			throw DomainException.invalid("DISPLAY_NAME_INVALID", "display name missing or too long");
		}
		return name;
	}

	private static void refuseSelf(UserAccount user, String code) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && user.getUsername().equals(current.getName())) {
			throw DomainException.conflict(code, "not on one's own account");
		}
	}

	private static String identityDetails(UserAccount user) {
		return "unit=" + (user.getUnitCode() == null ? "-" : user.getUnitCode()) + "; cadre="
				+ (user.getCadreNo() == null ? "-" : user.getCadreNo());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
