package org.ducha.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cadre (干部), named by employee number. */
@Entity
@Table(name = "org_cadre")
public class Cadre {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cadre_no", nullable = false, unique = true)
	private String cadreNo;

	@Column(nullable = false)
	private String name;

	@Column(name = "unit_code", nullable = false)
	private String unitCode;

	private String position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Rank rank;

	@Column(name = "party_member", nullable = false)
	private boolean partyMember;

	@Column(name = "supervising_leader_no")
	private String supervisingLeaderNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CadreStatus status = CadreStatus.SERVING;

	protected Cadre() {
	}

	public Cadre(String cadreNo, String name, String unitCode, String position, Rank rank, boolean partyMember,
			String supervisingLeaderNo) {
		this.cadreNo = cadreNo;
		this.name = name;
		this.unitCode = unitCode;
		this.position = position;
		this.rank = rank;
		this.partyMember = partyMember;
		this.supervisingLeaderNo = supervisingLeaderNo;
	}

	public void update(String name, String unitCode, String position, Rank rank, boolean partyMember,
			String supervisingLeaderNo, CadreStatus status) {
		this.name = name;
		this.unitCode = unitCode;
		this.position = position;
		this.rank = rank;
		this.partyMember = partyMember;
		this.supervisingLeaderNo = supervisingLeaderNo;
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getName() {
		return name;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getPosition() {
		return position;
	}

	public Rank getRank() {
		return rank;
	}

	public boolean isPartyMember() {
		return partyMember;
	}

	public String getSupervisingLeaderNo() {
		return supervisingLeaderNo;
	}

	public CadreStatus getStatus() {
		return status;
	}
}
