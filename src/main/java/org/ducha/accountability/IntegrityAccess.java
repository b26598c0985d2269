package org.ducha.accountability;

import java.util.EnumSet;
import java.util.Set;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the integrity file and its records (SPEC §8.5–§8.6): the office records
 * (OFFICER, OFFICE_DIRECTOR), the director approves and decides, the office and LEADER read every
 * file, a CADRE reads his own file (without reports). Everyone else: 403.
 */
@Component
class IntegrityAccess {

	static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> FILE_READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);

	private final AccessControl access;

	IntegrityAccess(AccessControl access) {
		this.access = access;
	}

	CurrentUser current() {
		return access.currentUser();
	}

	CurrentUser requireOffice() {
		return require(OFFICE);
	}

	CurrentUser requireDirector() {
		return require(EnumSet.of(Role.OFFICE_DIRECTOR));
	}

	CurrentUser require(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	/** Whether the user reads the cadre's whole file (office, LEADER) — a cadre reads only his own, minus reports. */
	static boolean readsWholeFile(CurrentUser user) {
		return user.roles().stream().anyMatch(FILE_READERS::contains);
	}

	/** The file reader, 403 for a role that reads no file, 404 for a cadre asking for another cadre's file. */
	CurrentUser requireFileReader(String cadreNo) {
		CurrentUser user = access.currentUser();
		if (readsWholeFile(user)) {
			return user;
		}
		if (user.hasRole(Role.CADRE)) {
			if (cadreNo.equals(user.cadreNo())) {
				return user;
			}
			throw DomainException.notFound("CADRE_NOT_FOUND", "no such cadre");
		}
		throw DomainException.forbidden("role may not read integrity files");
	}
}
