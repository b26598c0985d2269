package org.ducha.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The user name typed in a failed page login, so the login page can show it again. */
public final class LoginFormState {

	static final String ATTRIBUTE = LoginFormState.class.getName() + ".username";

	private LoginFormState() {
	}

	/** The user name of the last failed attempt in this session, consumed by reading it. */
	public static String takeLastUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return "";
		}
		Object value = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return value == null ? "" : value.toString();
	}

	static void remember(HttpServletRequest request, String username) {
		if (username != null) {
			request.getSession().setAttribute(ATTRIBUTE, username.length() > 64 ? username.substring(0, 64) : username);
		}
	}
}
