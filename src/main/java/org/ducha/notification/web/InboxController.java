package org.ducha.notification.web;

import java.time.Clock;
import java.time.LocalDateTime;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.notification.Notification;
import org.ducha.notification.Notifications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's inbox, newest first. Marking read answers htmx requests with the list
 * fragment and plain form posts with a redirect; opening a notice marks it read and goes to its link.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

	static final int PAGE_SIZE = 20;
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final Notifications notifications;
	private final Clock clock;
	private final NotificationExport export;

	InboxController(Notifications notifications, Clock clock, NotificationExport export) {
		this.export = export;
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping(params = "format=xlsx")
	void inboxXlsx(@RequestParam(defaultValue = "false") boolean unread, Authentication user,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export.respond(user.getName(), unread, response);
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Authentication user, HtmxRequest htmx, Model model) {
		fill(model, user, unread, page);
		return fragmentWanted(htmx) ? "notification/inbox :: list" : "notification/inbox";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, Authentication user, HtmxRequest htmx, Model model) {
		notifications.markRead(user.getName(), id);
		return afterChange(user, unread, page, htmx, model);
	}

	@PostMapping("/read-all")
	String readAll(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Authentication user, HtmxRequest htmx, Model model) {
		notifications.markAllRead(user.getName());
		return afterChange(user, unread, page, htmx, model);
	}

	@GetMapping("/{id}/open")
	String open(@PathVariable long id, Authentication user) {
		Notification notification = notifications.markRead(user.getName(), id);
		return "redirect:" + notification.getLink();
	}

	private String afterChange(Authentication user, boolean unread, int page, HtmxRequest htmx, Model model) {
		if (htmx.isHtmxRequest()) {
			fill(model, user, unread, page);
			return "notification/inbox :: list";
		}
		return "redirect:/inbox?unread=" + unread + "&page=" + Math.max(page, 0);
	}

	private void fill(Model model, Authentication user, boolean unread, int requestedPage) {
		Page<Notification> page = notifications.inbox(user.getName(), unread, pageable(requestedPage));
		if (page.isEmpty() && page.getNumber() > 0 && page.getTotalPages() > 0) {
			page = notifications.inbox(user.getName(), unread, pageable(page.getTotalPages() - 1));
		}
		model.addAttribute("rows", page.getContent().stream().map(this::row).toList());
		model.addAttribute("page", page);
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", notifications.unreadCount(user.getName()));
	}

	private static Pageable pageable(int page) {
		return PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST);
	}

	private InboxRow row(Notification n) {
		return new InboxRow(n.getId(), n.getKind().messageKey(), LocalDateTime.ofInstant(n.getCreatedAt(), clock.getZone()),
				n.isRead());
	}

	private static boolean fragmentWanted(HtmxRequest htmx) {
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
	}
}
