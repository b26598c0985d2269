package org.ducha.access;

/** Where a sign-in came from. */
public enum LoginChannel {

	/** 网页: the form login of the web pages. */
	PAGE,
	/** 接口: POST /api/v1/auth/token. */
	API
}
