package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

/** The integrity opinion on one cadre as of a date, with its reasons as localized texts. */
public record IntegrityOpinionEntry(String cadreNo, String name, String unitName, String position, LocalDate asOf,
		IntegrityOpinion opinion, List<String> reasons) {
}
