package org.ducha.accountability;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of accountability and discipline (SPEC §8.3), each with the subjects it applies to, its place in the
 * four forms (四种形态, 1..4; 0 for the two forms that apply to party organizations only, which are no 形态 of a
 * person), whether it is party discipline (only for party members) and its effect period in months (影响期; 0 = none).
 * PARTY_PROBATION's period depends on its probation ({@link EffectPeriodRule}); GOV_EXPULSION is permanent.
 */
public enum Form {

	/** 检查 (party organization). */
	INSPECTION_ORDER(0, Group.PARTY_ORGANIZATION, 0),
	/** 通报 / 通报批评 (party organization or cadre; first form). */
	CIRCULATED_CRITICISM(1, Group.PARTY_ORGANIZATION_OR_FIRST_FORM, 0),
	/** 改组 (party organization). */
	REORGANIZATION(0, Group.PARTY_ORGANIZATION, 0),

	/** 谈话提醒. */
	REMINDER_TALK(1, Group.FIRST_FORM, 0),
	/** 批评教育. */
	CRITICISM_EDUCATION(1, Group.FIRST_FORM, 0),
	/** 责令检查. */
	SELF_EXAMINATION_ORDER(1, Group.FIRST_FORM, 0),
	/** 诫勉. */
	ADMONISHMENT(1, Group.FIRST_FORM, 6),

	/** 停职检查. */
	SUSPENSION_FOR_REVIEW(2, Group.ORGANIZATIONAL, 0),
	/** 调整职务. */
	POST_ADJUSTMENT(2, Group.ORGANIZATIONAL, 12),
	/** 责令辞职. */
	ORDERED_RESIGNATION(2, Group.ORGANIZATIONAL, 24),
	/** 降职. */
	DEMOTION(3, Group.ORGANIZATIONAL, 24),
	/** 免职. */
	REMOVAL(3, Group.ORGANIZATIONAL, 24),

	/** 党内警告. */
	PARTY_WARNING(2, Group.PARTY_DISCIPLINE, 12),
	/** 党内严重警告. */
	PARTY_SERIOUS_WARNING(2, Group.PARTY_DISCIPLINE, 18),
	/** 撤销党内职务. */
	PARTY_POST_REVOCATION(3, Group.PARTY_DISCIPLINE, 24),
	/** 留党察看 (12 or 24 months; period = probation + 24). */
	PARTY_PROBATION(3, Group.PARTY_DISCIPLINE, 24),
	/** 开除党籍. */
	PARTY_EXPULSION(3, Group.PARTY_DISCIPLINE, 60),

	/** 政务警告. */
	GOV_WARNING(2, Group.GOVERNMENT_SANCTION, 6),
	/** 记过. */
	GOV_DEMERIT(2, Group.GOVERNMENT_SANCTION, 12),
	/** 记大过. */
	GOV_MAJOR_DEMERIT(2, Group.GOVERNMENT_SANCTION, 18),
	/** 降级. */
	GOV_DEGRADE(3, Group.GOVERNMENT_SANCTION, 24),
	/** 撤职. */
	GOV_DISMISSAL_FROM_POST(3, Group.GOVERNMENT_SANCTION, 24),
	/** 开除 (permanent). */
	GOV_EXPULSION(3, Group.GOVERNMENT_SANCTION, 0),

	/** 移送司法机关. */
	JUDICIAL_REFERRAL(4, Group.JUDICIAL, 0);

	/** The groups of SPEC §8.3, as the decision form shows them. */
	public enum Group {
		/** For a party organization only. */
		PARTY_ORGANIZATION,
		/** 通报: for a party organization, or a first-form measure for a cadre. */
		PARTY_ORGANIZATION_OR_FIRST_FORM,
		/** 第一种形态 measures for a cadre. */
		FIRST_FORM,
		/** 组织处理. */
		ORGANIZATIONAL,
		/** 党纪处分: only for party members. */
		PARTY_DISCIPLINE,
		/** 政务处分. */
		GOVERNMENT_SANCTION,
		/** 移送司法机关. */
		JUDICIAL
	}

	/** The probations PARTY_PROBATION allows, in months. */
	public static final List<Integer> PROBATION_MONTHS = List.of(12, 24);

	private final int fourForm;
	private final Group group;
	private final int effectMonths;

	Form(int fourForm, Group group, int effectMonths) {
		this.fourForm = fourForm;
		this.group = group;
		this.effectMonths = effectMonths;
	}

	/** 1..4; 0 for INSPECTION_ORDER and REORGANIZATION (party organizations only). */
	public int fourForm() {
		return fourForm;
	}

	public Group group() {
		return group;
	}

	/** The subjects this form may be decided against. */
	public Set<SubjectKind> subjectKinds() {
		return switch (group) {
			case PARTY_ORGANIZATION -> EnumSet.of(SubjectKind.PARTY_ORGANIZATION);
			case PARTY_ORGANIZATION_OR_FIRST_FORM -> EnumSet.of(SubjectKind.PARTY_ORGANIZATION, SubjectKind.CADRE);
			default -> EnumSet.of(SubjectKind.CADRE);
		};
	}

	public boolean appliesTo(SubjectKind kind) {
		return subjectKinds().contains(kind);
	}

	/** 党纪处分: may be decided only against a party member. */
	public boolean partyDiscipline() {
		return group == Group.PARTY_DISCIPLINE;
	}

	/**
	 * The effect period in calendar months from the decision date (0 = none). For PARTY_PROBATION this is the 24
	 * added to the probation; for GOV_EXPULSION 0, as it is {@linkplain #permanent() permanent}.
	 */
	public int effectMonths() {
		return effectMonths;
	}

	/** 开除 (政务): its effect never ends. */
	public boolean permanent() {
		return this == GOV_EXPULSION;
	}

	/** The forms of one group, in the order of SPEC §8.3. */
	public static List<Form> of(Group group) {
		return Arrays.stream(values()).filter(f -> f.group == group).toList();
	}
}
