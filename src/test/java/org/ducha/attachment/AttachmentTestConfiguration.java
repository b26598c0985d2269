package org.ducha.attachment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An owner type for the tests, {@code TEST_CASE}: case {@code X} may be seen by the user
 * {@code reader-of-X} only; and a page listing a case's attachments with the module's fragment.
 */
@TestConfiguration(proxyBeanMethods = false)
class AttachmentTestConfiguration {

	static final String OWNER_TYPE = "TEST_CASE";

	@Bean
	AttachmentAccessPolicy testCasePolicy() {
		return new AttachmentAccessPolicy() {
			@Override
			public String ownerType() {
				return OWNER_TYPE;
			}

			@Override
			public boolean maySee(String ownerId, Authentication user) {
				return user.getName().equals("reader-of-" + ownerId);
			}
		};
	}

	/** Registered as a member of this configuration, so only in contexts that import it. */
	@Controller
	static class TestCasePage {

		private final Attachments attachments;

		TestCasePage(Attachments attachments) {
			this.attachments = attachments;
		}

		@GetMapping("/test-cases/{id}/attachments")
		String list(@PathVariable String id, Model model) {
			model.addAttribute("attachments", attachments.listOwnedBy(OWNER_TYPE, id));
			return "attachment-test/case-attachments";
		}
	}
}
