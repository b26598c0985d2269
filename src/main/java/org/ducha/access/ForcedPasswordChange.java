package org.ducha.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The mark on a page session whose user must change the password before doing anything else
 * (first sign-in or a reset, outside demo mode). While it is set every page redirects to
 * {@link #PAGE}.
 */
public final class ForcedPasswordChange {

	public static final String PAGE = "/account/password";

	static final String ATTRIBUTE = ForcedPasswordChange.class.getName();

	private ForcedPasswordChange() {
	}

	public static boolean isPending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
	}

	/** Called once the password has been changed. */
	public static void done(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	static void require(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, Boolean.TRUE);
	}
}
