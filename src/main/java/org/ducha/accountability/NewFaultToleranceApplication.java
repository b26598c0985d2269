package org.ducha.accountability;

/** A fault-tolerance application as submitted (API.md): the case, the checklist answers, the statement. */
public record NewFaultToleranceApplication(String caseId, FaultToleranceChecklist answers, String statement) {
}
