package org.ducha.assignment;

import java.util.List;
import java.util.Set;

import org.ducha.attachment.AttachmentInfo;

/**
 * An assignment with its timeline, progress reports, extension requests and evidence, as the
 * current user sees it, and the steps that user may take now ({@code sign}, {@code progress},
 * {@code submit}, {@code extension}, {@code close}, {@code return}, {@code decide-extension}, {@code urge}).
 */
public record AssignmentDetails(Assignment assignment, AssignmentView view, String unitName,
		List<AttachmentInfo> evidence, Set<String> allowedActions) {

	public boolean may(String action) {
		return allowedActions.contains(action);
	}
}
