package org.ducha.notification.web;

import java.time.Clock;
import java.util.Set;

import org.ducha.notification.Notification;
import org.ducha.notification.Notifications;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; another user's notice answers 404 as if it did not exist. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

	static final int MAX_SIZE = 100;
	static final Set<String> SORTABLE = Set.of("createdAt");

	private final Notifications notifications;
	private final MessageSource messages;
	private final Clock clock;
	private final NotificationExport export;

	NotificationApiController(Notifications notifications, MessageSource messages, Clock clock,
			NotificationExport export) {
		this.export = export;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** The caller's whole inbox (or its unread notices) as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(defaultValue = "false") boolean unread, Authentication user,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export.respond(user.getName(), unread, response);
	}

	@GetMapping
	ListPage<NotificationResponse> list(@RequestParam(defaultValue = "false") boolean unread,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Authentication user) {
		if (pageable.getSort().stream().anyMatch(order -> !SORTABLE.contains(order.getProperty()))) {
			throw DomainException.validation("sort",
					messages.getMessage("notification.api.sortInvalid", null, LocaleContextHolder.getLocale()));
		}
		Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, "createdAt");
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_SIZE),
				sort.and(Sort.by(Sort.Direction.DESC, "id")));
		return ListPage.of(notifications.inbox(user.getName(), unread, page), this::response);
	}

	@PostMapping("/{id}/read")
	NotificationResponse read(@PathVariable String id, Authentication user) {
		return response(notifications.markRead(user.getName(), parseId(id)));
	}

	@PostMapping("/read-all")
	ReadAllResponse readAll(Authentication user) {
		return new ReadAllResponse(notifications.markAllRead(user.getName()));
	}

	private NotificationResponse response(Notification n) {
		return new NotificationResponse(String.valueOf(n.getId()), n.getKind(),
				messages.getMessage(n.getKind().messageKey(), null, LocaleContextHolder.getLocale()), n.getLink(),
				n.getCreatedAt().atZone(clock.getZone()).toOffsetDateTime(), n.isRead());
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw DomainException.notFound("NOTIFICATION_NOT_FOUND", "notification " + id);
		}
	}
}
