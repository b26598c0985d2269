package org.ducha.access;

/** What became of a sign-in attempt, as the login log records it. */
public enum LoginOutcome {

	/** 登录成功: right password, account active and not locked. */
	SUCCESS,
	/** 登录失败: unknown user name or wrong password. */
	FAILURE,
	/** 账号锁定: this failure was the last allowed in a row and locked the account. */
	LOCKED,
	/** 锁定期间拒绝: an attempt while the account was locked; the password was not checked. */
	REFUSED_LOCKED,
	/** 账号停用: the right password for a disabled account. */
	REFUSED_DISABLED,
	/** 退出登录: the user signed out of the web pages. */
	LOGOUT
}
