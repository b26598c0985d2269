/** Reports (信访举报, SPEC §5): intake from every channel, triage, disposal, conclusion, answer, the reporter identity vault and the public follow-up. */
package org.ducha.intake;
