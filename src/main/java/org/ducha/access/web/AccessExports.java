package org.ducha.access.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.access.LoginEvent;
import org.ducha.access.LoginOutcome;
import org.ducha.access.Logins;
import org.ducha.access.UserAccount;
import org.ducha.access.UserAccounts;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The access lists as streamed .xlsx, under the pages' own filters: the accounts (user administration),
 * the accounts with their roles (role grants) and the login log, read page by page. Who may export is
 * who may see the list: the callers' controllers and the API filter chain decide.
 */
@Component
class AccessExports {

	static final int PAGE = 500;

	private static final Sort BY_USERNAME = Sort.by("username");

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final UserAccounts accounts;
	private final Logins logins;
	private final Organization organization;
	private final XlsxExports xlsx;
	private final MessageSource messages;
	private final Clock clock;

	AccessExports(UserAccounts accounts, Logins logins, Organization organization, XlsxExports xlsx,
			MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.logins = logins;
		this.organization = organization;
		this.xlsx = xlsx;
		this.messages = messages;
		this.clock = clock;
	}

	/** The user administration list: account, name, unit, roles, status, last sign-in. */
	void users(UserAccounts.Filter filter, HttpServletResponse response) throws IOException {
		Map<String, String> units = unitNames();
		Instant now = Instant.now(clock);
		List<XlsxColumn<UserAccount>> columns = List.of(
				XlsxColumn.of("access.users.username", UserAccount::getUsername),
				XlsxColumn.of("access.users.displayName", UserAccount::getDisplayName),
				XlsxColumn.of("access.users.cadreNo", UserAccount::getCadreNo),
				XlsxColumn.of("access.users.unit", u -> unit(units, u.getUnitCode())),
				XlsxColumn.of("access.users.roles", this::roles),
				XlsxColumn.of("access.users.status", u -> text("access.status." + u.getStatus().name())
						+ (u.isLockedAt(now) ? "、" + text("access.status.LOCKED") : "")),
				XlsxColumn.of("access.users.lastLogin", UserAccount::getLastLoginAt));
		xlsx.respond(response, "users", columns, XlsxExports.pages(p -> accounts.search(filter, p),
				PageRequest.of(0, PAGE, BY_USERNAME)));
	}

	/** The role grants list: account, name, unit, roles. */
	void grants(UserAccounts.Filter filter, HttpServletResponse response) throws IOException {
		Map<String, String> units = unitNames();
		List<XlsxColumn<UserAccount>> columns = List.of(
				XlsxColumn.of("access.users.username", UserAccount::getUsername),
				XlsxColumn.of("access.users.displayName", UserAccount::getDisplayName),
				XlsxColumn.of("access.users.unit", u -> unit(units, u.getUnitCode())),
				XlsxColumn.of("access.users.roles", this::roles));
		xlsx.respond(response, "role-grants", columns, XlsxExports.pages(p -> accounts.search(filter, p),
				PageRequest.of(0, PAGE, BY_USERNAME)));
	}

	/** The login log, newest first: time, account, outcome, channel, address. */
	void loginLog(String username, LoginOutcome outcome, HttpServletResponse response) throws IOException {
		List<XlsxColumn<LoginEvent>> columns = List.of(
				XlsxColumn.of("access.loginLog.time", LoginEvent::getOccurredAt),
				XlsxColumn.of("access.loginLog.username", LoginEvent::getUsername),
				XlsxColumn.of("access.loginLog.outcome", e -> text("access.outcome." + e.getOutcome().name())),
				XlsxColumn.of("access.loginLog.channel", e -> text("access.channel." + e.getChannel().name())),
				XlsxColumn.of("access.loginLog.address", LoginEvent::getRemoteAddress));
		xlsx.respond(response, "login-log", columns, XlsxExports.pages(
				p -> logins.search(username, outcome, p), PageRequest.of(0, PAGE, NEWEST_FIRST)));
	}

	private Map<String, String> unitNames() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
	}

	private static String unit(Map<String, String> units, String code) {
		return code == null ? null : units.getOrDefault(code, code);
	}

	private String roles(UserAccount u) {
		return u.getRoles().stream().sorted().map(r -> text("role." + r.name())).collect(Collectors.joining("、"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
