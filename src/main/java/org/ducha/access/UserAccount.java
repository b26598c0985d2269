package org.ducha.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;

/**
 * A user account: sign-in name, password hash (Argon2), optional cadre and unit, roles, and the
 * login policy state (failed attempts, temporary lock, forced password change).
 */
@Entity
@Table(name = "access_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "cadre_no")
	private String cadreNo;

	@Column(name = "unit_code")
	private String unitCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status = AccountStatus.ACTIVE;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "access_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = new HashSet<>();

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String cadreNo, String unitCode, String passwordHash,
			boolean mustChangePassword, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.cadreNo = cadreNo;
		this.unitCode = unitCode;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = now;
		this.createdAt = now;
	}

	void changeProfile(String displayName, String cadreNo, String unitCode) {
		requireUnitAndCadreForRoles(roles, cadreNo, unitCode);
		this.displayName = displayName;
		this.cadreNo = cadreNo;
		this.unitCode = unitCode;
	}

	/**
	 * Grants a role under the separation of the three administrators (三员分立): no account holds
	 * two administrator roles, and an administrator holds no business role.
	 */
	void grant(Role role) {
		if (roles.contains(role)) {
			throw DomainException.conflict("ROLE_ALREADY_GRANTED", "role already granted", role.name());
		}
		if (role.isAdministrator() && roles.stream().anyMatch(Role::isAdministrator)) {
			throw DomainException.conflict("ADMIN_ROLES_COMBINED", "an account holds at most one administrator role");
		}
		if (role.isAdministrator() ? !roles.isEmpty() : roles.stream().anyMatch(Role::isAdministrator)) {
			throw DomainException.conflict("ADMIN_ROLE_WITH_BUSINESS_ROLE",
					"administrator roles are not combined with business roles");
		}
		Set<Role> after = EnumSet.of(role);
		after.addAll(roles);
		requireUnitAndCadreForRoles(after, cadreNo, unitCode);
		roles.add(role);
	}

	void revoke(Role role) {
		if (!roles.contains(role)) {
			throw DomainException.conflict("ROLE_NOT_GRANTED", "role not granted", role.name());
		}
		roles.remove(role);
	}

	void disable() {
		if (status != AccountStatus.ACTIVE) {
			throw DomainException.illegalTransition(status, "disable");
		}
		status = AccountStatus.DISABLED;
	}

	void enable() {
		if (status != AccountStatus.DISABLED) {
			throw DomainException.illegalTransition(status, "enable");
		}
		status = AccountStatus.ACTIVE;
	}

	/** Sets a new password hash; {@code mustChange} forces a change at the next sign-in. Clears any lock. */
	void changePassword(String newHash, boolean mustChange, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = now;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void unlock(Instant now) {
		if (!isLockedAt(now)) {
			throw DomainException.conflict("ACCOUNT_NOT_LOCKED", "account is not locked");
		}
		failedAttempts = 0;
		lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public boolean isEnabled() {
		return status == AccountStatus.ACTIVE;
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(username, displayName, cadreNo, unitCode, roles);
	}

	static void requireUnitAndCadreForRoles(Set<Role> roles, String cadreNo, String unitCode) {
		if (unitCode == null && roles.stream().anyMatch(Role::isUnitRole)) {
			throw DomainException.invalid("UNIT_REQUIRED", "unit roles need the account's unit");
		}
		if (cadreNo == null && roles.contains(Role.CADRE)) {
			throw DomainException.invalid("CADRE_REQUIRED", "the CADRE role needs the account's cadre");
		}
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}
}
