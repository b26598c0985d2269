package org.ducha.access;

import java.util.List;

/**
 * The demo accounts of DEMO.md, plus the district leaders 孙丽 (C004) and 黄海 (C005) who decide meeting
 * leave, all with the password {@link #PASSWORD}; listed on the login page in demo mode.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "Demo@2026";

	/** One demo account: its single role, and its cadre and unit where DEMO.md gives them. */
	public record DemoAccount(String username, String displayName, Role role, String cadreNo, String unitCode) {
	}

	public static final List<DemoAccount> ALL = List.of(
			new DemoAccount("admin", "系统管理员", Role.SYSTEM_ADMIN, null, null),
			new DemoAccount("secadmin", "安全保密管理员", Role.SECURITY_ADMIN, null, null),
			new DemoAccount("auditor", "安全审计员", Role.AUDITOR, null, null),
			new DemoAccount("leader", "王建国", Role.LEADER, "C001", "QW"),
			new DemoAccount("director", "赵卫东", Role.OFFICE_DIRECTOR, "C003", "JW"),
			new DemoAccount("officer", "林静", Role.OFFICER, "C006", "JW"),
			new DemoAccount("intake", "信访受理员", Role.INTAKE_OFFICER, null, "JW"),
			new DemoAccount("inspector", "督查员", Role.INSPECTOR, null, null),
			new DemoAccount("zjj", "周强", Role.UNIT_PRINCIPAL, "C010", "ZJJ"),
			new DemoAccount("zjj-liaison", "住建局联络员", Role.UNIT_LIAISON, null, "ZJJ"),
			new DemoAccount("scj", "钱进", Role.UNIT_PRINCIPAL, "C020", "SCJ"),
			new DemoAccount("chengang", "陈刚", Role.CADRE, "C012", "ZJJ"),
			new DemoAccount("sunli", "孙丽", Role.LEADER, "C004", "QZF"),
			new DemoAccount("huanghai", "黄海", Role.LEADER, "C005", "QZF"),
			new DemoAccount("hpsq", "和平社区网格员", Role.UNIT_LIAISON, null, "HPSQ"));

	private DemoAccounts() {
	}
}
