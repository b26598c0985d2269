package org.ducha.attachment.web;

import org.ducha.attachment.Attachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads from pages ({@code attachment/list :: list} links here), under the same rules as the
 * API; an attachment the user may not see shows the not-found page.
 */
@Controller
class AttachmentPageController {

	private final Attachments attachments;

	AttachmentPageController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String id, Authentication user) {
		return Downloads.of(attachments.open(id, user));
	}
}
