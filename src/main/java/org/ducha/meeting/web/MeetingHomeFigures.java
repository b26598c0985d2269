package org.ducha.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.meeting.Meetings;
import org.ducha.web.Authorities;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The office's scheduled meetings, and for a leader the leave requests waiting for the decision,
 * drilling down to the meeting list.
 */
@Component
class MeetingHomeFigures implements HomeFigureSource {

	private final Meetings meetings;
	private final AccessControl access;

	MeetingHomeFigures(Meetings meetings, AccessControl access) {
		this.meetings = meetings;
		this.access = access;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		List<HomeFigure> figures = new ArrayList<>();
		if (Authorities.hasAnyRole(user, "OFFICER", "OFFICE_DIRECTOR")) {
			figures.add(new HomeFigure("meeting.home.scheduled", meetings.countScheduled(), "/meetings?status=SCHEDULED"));
		}
		if (!Authorities.hasAnyRole(user, "LEADER", "OFFICER", "OFFICE_DIRECTOR", "UNIT_PRINCIPAL", "UNIT_LIAISON", "CADRE")) {
			return figures;
		}
		String cadreNo = access.userOf(user).map(CurrentUser::cadreNo).orElse(null);
		long pending = meetings.countPendingLeaveFor(cadreNo);
		if (pending > 0) {
			figures.add(new HomeFigure("meeting.home.pendingLeave", pending, "/meetings"));
		}
		return figures;
	}
}
