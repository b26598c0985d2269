package org.ducha.access;

/** Whether an account may sign in at all. A temporary lock after failed logins is separate (lockedUntil). */
public enum AccountStatus {

	/** 启用: may sign in. */
	ACTIVE,
	/** 停用: disabled by the system administrator; its sessions and tokens are ended. */
	DISABLED
}
