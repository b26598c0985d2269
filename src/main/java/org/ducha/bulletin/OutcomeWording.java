package org.ducha.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customary wording of a decision's outcome in a bulletin (SPEC §10): disciplinary sanctions
 * (党纪、政务处分) read "给予…处分", other measures "给予…处理", joined in that order, e.g. 给予党内警告处分,
 * 给予诫勉处理, 给予党内严重警告、政务记大过处分，并给予免职处理; a referral to the judicial organs
 * reads 移送司法机关依法处理. Unknown codes are shown as they are.
 */
final class OutcomeWording {

	private static final Map<String, String> SANCTIONS = Map.ofEntries(Map.entry("PARTY_WARNING", "党内警告"),
			Map.entry("PARTY_SERIOUS_WARNING", "党内严重警告"), Map.entry("PARTY_POST_REVOCATION", "撤销党内职务"),
			Map.entry("PARTY_PROBATION", "留党察看"), Map.entry("PARTY_EXPULSION", "开除党籍"),
			Map.entry("GOV_WARNING", "政务警告"), Map.entry("GOV_DEMERIT", "政务记过"),
			Map.entry("GOV_MAJOR_DEMERIT", "政务记大过"), Map.entry("GOV_DEGRADE", "政务降级"),
			Map.entry("GOV_DISMISSAL_FROM_POST", "政务撤职"), Map.entry("GOV_EXPULSION", "开除公职"));

	private static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("REMINDER_TALK", "谈话提醒"),
			Map.entry("CRITICISM_EDUCATION", "批评教育"), Map.entry("SELF_EXAMINATION_ORDER", "责令检查"),
			Map.entry("CIRCULATED_CRITICISM", "通报批评"), Map.entry("ADMONISHMENT", "诫勉"),
			Map.entry("SUSPENSION_FOR_REVIEW", "停职检查"), Map.entry("POST_ADJUSTMENT", "调整职务"),
			Map.entry("ORDERED_RESIGNATION", "责令辞职"), Map.entry("DEMOTION", "降职"), Map.entry("REMOVAL", "免职"),
			Map.entry("INSPECTION_ORDER", "责令检查"), Map.entry("REORGANIZATION", "改组"));

	static final String JUDICIAL_REFERRAL = "JUDICIAL_REFERRAL";

	private OutcomeWording() {
	}

	static String of(List<String> forms) {
		List<String> sanctions = new ArrayList<>();
		List<String> measures = new ArrayList<>();
		boolean referral = false;
		for (String form : forms) {
			if (JUDICIAL_REFERRAL.equals(form)) {
				referral = true;
			}
			else if (SANCTIONS.containsKey(form)) {
				add(sanctions, SANCTIONS.get(form));
			}
			else {
				add(measures, MEASURES.getOrDefault(form, form));
			}
		}
		List<String> parts = new ArrayList<>();
		if (!sanctions.isEmpty()) {
			parts.add("给予" + String.join("、", sanctions) + "处分");
		}
		if (!measures.isEmpty()) {
			parts.add((parts.isEmpty() ? "给予" : "并给予") + String.join("、", measures) + "处理");
		}
		if (referral) {
			parts.add((parts.isEmpty() ? "" : "并") + "移送司法机关依法处理");
		}
		return String.join("，", parts);
	}

	/** The name of one form as the bulletin writes it. */
	static String nameOf(String form) {
		if (JUDICIAL_REFERRAL.equals(form)) {
			return "移送司法机关";
		}
		return SANCTIONS.getOrDefault(form, MEASURES.getOrDefault(form, form));
	}

	private static void add(List<String> list, String value) {
		if (!list.contains(value)) {
			list.add(value);
		}
	}
}
