package org.ducha.calendar;

import java.util.List;

import org.ducha.web.HomeNotice;
import org.ducha.web.HomeNoticeSource;
import org.ducha.web.Authorities;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Warns the system administrator, in red on the home page, of this or next year's calendar not loaded. */
@Component
class MissingYearNotices implements HomeNoticeSource {

	private final WorkingCalendar calendar;

	MissingYearNotices(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public List<HomeNotice> noticesFor(Authentication user) {
		if (!Authorities.hasAnyRole(user, "SYSTEM_ADMIN")) {
			return List.of();
		}
		return calendar.missingYears().stream()
			.map(year -> new HomeNotice("danger", "calendar.missingYear", new Object[] { String.valueOf(year) },
					CalendarNavigation.ADMIN_PAGE + "?year=" + year))
			.toList();
	}
}
