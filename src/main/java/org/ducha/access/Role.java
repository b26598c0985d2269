package org.ducha.access;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of SPEC §1. Each is granted as the authority {@code ROLE_<code>}, so
 * {@code @PreAuthorize("hasRole('OFFICER')")} works. The first three are the separated
 * administrators (三员分立): no account holds two of them, and none of them holds a business role.
 */
public enum Role {

	/** 系统管理员: users, org tree, dictionaries, calendar, settings — never business data. */
	SYSTEM_ADMIN(Kind.ADMINISTRATOR),
	/** 安全保密管理员: grants roles, approves identity reveals — no business data beyond that. */
	SECURITY_ADMIN(Kind.ADMINISTRATOR),
	/** 安全审计员: reads and verifies the audit log, nothing else. */
	AUDITOR(Kind.ADMINISTRATOR),
	/** 区领导: reads everything in the district, dashboards, approves decisions. */
	LEADER(Kind.DISTRICT),
	/** 作风办主任: everything an officer does, plus approvals. */
	OFFICE_DIRECTOR(Kind.DISTRICT),
	/** 作风办/纪委干部: intake, triage, disposal, problems, tasks, cases, meetings, bulletins. */
	OFFICER(Kind.DISTRICT),
	/** 信访受理员: registers reports; sees the records it registered. */
	INTAKE_OFFICER(Kind.OWN_RECORDS),
	/** 督查员: records inspection findings; sees its own findings only. */
	INSPECTOR(Kind.OWN_RECORDS),
	/** 单位一把手: the unit's assignments, self-examination, leave requests, 股级 cases. */
	UNIT_PRINCIPAL(Kind.UNIT),
	/** 单位联络员: works on the unit's assignments; no case access. */
	UNIT_LIAISON(Kind.UNIT),
	/** 干部: own materials, own record, own leave. */
	CADRE(Kind.UNIT);

	/** What part of the district's business data a role opens (SPEC §1 数据权限). */
	enum Kind {
		ADMINISTRATOR, DISTRICT, UNIT, OWN_RECORDS
	}

	private static final String PREFIX = "ROLE_";

	private final Kind kind;

	Role(Kind kind) {
		this.kind = kind;
	}

	Kind kind() {
		return kind;
	}

	/** One of the three separated administrators. */
	public boolean isAdministrator() {
		return kind == Kind.ADMINISTRATOR;
	}

	/** A role whose data scope is the account's unit and the units below it. */
	public boolean isUnitRole() {
		return kind == Kind.UNIT;
	}

	public String authority() {
		return PREFIX + name();
	}

	public GrantedAuthority grantedAuthority() {
		return new SimpleGrantedAuthority(authority());
	}

	/** The role named by an authority such as {@code ROLE_OFFICER}; empty for anything else. */
	public static Optional<Role> fromAuthority(String authority) {
		if (authority == null || !authority.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String code = authority.substring(PREFIX.length());
		return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
	}
}
