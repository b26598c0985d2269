package org.ducha.accountability;

import java.util.List;

import org.ducha.intake.ReportsNamingCadre.OpenReport;
import org.ducha.organization.Cadre;

/**
 * A cadre's integrity file (廉政档案, SPEC §8.6) as one user may read it: decisions with their effect
 * periods (revoked ones included and marked), open reports naming the cadre (empty for anyone the
 * report visibility rules hide them from, and always for the cadre himself), open cases, approved name
 * clearings, decided fault-tolerance applications, commendations.
 *
 * @param reportsShown whether the reader may see reports at all (the section is absent otherwise)
 */
public record IntegrityFile(Cadre cadre, String unitName, List<DecisionRecord> decisions,
		List<OpenReport> openReports, boolean reportsShown, List<CaseView> openCases, List<NameClearing> nameClearings,
		List<FaultToleranceApplication> faultTolerance, List<Commendation> commendations) {
}
