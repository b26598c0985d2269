package org.ducha.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque API bearer tokens: 256 random bits, handed out once and stored only as their SHA-256
 * hash with an expiry ({@code ducha.access.token-ttl}, default 8 hours); revocable one by one and
 * all at once for a user.
 */
@Service
public class ApiTokens {

	private static final int TOKEN_BYTES = 32;

	/** A freshly issued token; the value is never shown again. */
	public record IssuedToken(String token, OffsetDateTime expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();
	private final ApiTokenRepository tokens;
	private final UserAccountRepository users;
	private final Logins logins;
	private final AuditLog audit;
	private final Clock clock;
	private final AccessProperties properties;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Logins logins, AuditLog audit, Clock clock,
			AccessProperties properties) {
		this.tokens = tokens;
		this.users = users;
		this.logins = logins;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Signs in through the API and issues a token. Refuses as {@link Logins#authenticate} does, and
	 * with FORBIDDEN {@code PASSWORD_CHANGE_REQUIRED} while the first-login password change is pending.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public IssuedToken issue(String username, String password, String remoteAddress) {
		Logins.LoginResult login = logins.authenticate(username, password, LoginChannel.API, remoteAddress);
		if (login.passwordChangeRequired()) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
					"the first-login password change is pending");
		}
		UserAccount user = users.findByUsername(login.user().username()).orElseThrow();
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
		tokens.deleteExpiredBefore(now);
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = now.plus(properties.tokenTtl());
		tokens.save(new ApiToken(hash(token), user.getId(), now, expiresAt));
		return new IssuedToken(token, expiresAt.atZone(clock.getZone()).toOffsetDateTime());
	}

	/** The user a valid (known, unexpired, unrevoked) token belongs to, if the account is still active. */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> resolve(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		return tokens.findByTokenHash(hash(token))
			.filter(t -> t.isValidAt(now))
			.flatMap(t -> users.findById(t.getUserId()))
			.filter(UserAccount::isEnabled)
			.map(UserAccount::toCurrentUser);
	}

	/** Revokes one token (e.g. the caller's own, on sign-out). Unknown tokens are ignored. */
	@Transactional
	public void revoke(String token) {
		if (token == null || token.isBlank()) {
			return;
		}
		Instant now = Instant.now(clock);
		tokens.findByTokenHash(hash(token)).filter(t -> t.isValidAt(now)).ifPresent(t -> {
			t.revoke(now);
			users.findById(t.getUserId()).ifPresent(u -> audit.record("TOKEN_REVOKED", "UserAccount", u.getUsername(), null));
		});
	}

	/** Revokes every token of a user, e.g. when the account is disabled or its password reset. */
	@Transactional
	void revokeAllOf(UserAccount user) {
		Instant now = Instant.now(clock);
		tokens.findByUserIdAndRevokedAtIsNull(user.getId()).forEach(t -> t.revoke(now));
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 not available", e);
		}
	}
}
