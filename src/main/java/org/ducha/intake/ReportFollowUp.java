package org.ducha.intake;

/**
 * Something another module did because of a report (a problem handed to a unit, a case, a referral,
 * a name-clearing record), listed on the report page. {@code labelKey} is a message key of the
 * contributing module, {@code reference} its own short reference, {@code href} its page.
 */
public record ReportFollowUp(String labelKey, String reference, String status, String href) {
}
