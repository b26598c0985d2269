package org.ducha.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit (单位) of the district's org tree, named by its stable {@code code}. Its principal (一把手)
 * and supervising district leader (分管区领导) are cadres, referred to by employee number.
 */
@Entity
@Table(name = "org_unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(name = "principal_no")
	private String principalNo;

	@Column(name = "supervising_leader_no")
	private String supervisingLeaderNo;

	@Column(name = "party_org_name")
	private String partyOrganizationName;

	@Enumerated(EnumType.STRING)
	@Column(name = "party_org_kind")
	private PartyOrganizationKind partyOrganizationKind;

	protected Unit() {
	}

	public Unit(String code, String name, UnitType type, String parentCode) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.parentCode = parentCode;
	}

	public void rename(String name) {
		this.name = name;
	}

	public void changeType(UnitType type) {
		this.type = type;
	}

	public void moveUnder(String parentCode) {
		this.parentCode = parentCode;
	}

	public void appointPrincipal(String cadreNo) {
		this.principalNo = cadreNo;
	}

	public void assignSupervisingLeader(String cadreNo) {
		this.supervisingLeaderNo = cadreNo;
	}

	public void setPartyOrganization(String name, PartyOrganizationKind kind) {
		this.partyOrganizationName = name;
		this.partyOrganizationKind = kind;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitType getType() {
		return type;
	}

	public String getParentCode() {
		return parentCode;
	}

	public String getPrincipalNo() {
		return principalNo;
	}

	public String getSupervisingLeaderNo() {
		return supervisingLeaderNo;
	}

	public String getPartyOrganizationName() {
		return partyOrganizationName;
	}

	public PartyOrganizationKind getPartyOrganizationKind() {
		return partyOrganizationKind;
	}
}
