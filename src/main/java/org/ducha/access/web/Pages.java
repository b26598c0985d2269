package org.ducha.access.web;

import java.time.Instant;
import java.util.Arrays;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers shared by the access pages: paging, time display, and the notice after a redirect. */
final class Pages {

	static final int PAGE_SIZE = 20;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Pages() {
	}

	static Pageable page(int page, Sort sort) {
		return PageRequest.of(Math.max(page, 0), PAGE_SIZE, sort);
	}

	static String time(Instant instant, ZoneId zone) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	static void notice(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("noticeKey", messageKey);
	}

	static void failure(RedirectAttributes redirect, DomainException e) {
		redirect.addFlashAttribute("failureKey", "error." + e.code());
		redirect.addFlashAttribute("failureArgs", Arrays.stream(e.args()).map(String::valueOf).toArray(String[]::new));
	}
}
