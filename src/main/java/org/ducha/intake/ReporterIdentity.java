package org.ducha.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reporter's identity (SPEC §1): in clear for the registering intake officer or an approved reveal,
 * otherwise as its mask, where only {@code name} and {@code phone} are set
 * ({@code {"name":"张*","phone":"138****0000"}}). Absent fields are left out of JSON, and the derived
 * {@link #isNamed()} and {@link #isEmpty()} are no JSON properties: the JSON holds the identity fields only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReporterIdentity(String name, String phone, String idNumber, String unit, String address) {

	public ReporterIdentity {
		name = blankToNull(name);
		phone = blankToNull(phone);
		idNumber = blankToNull(idNumber);
		unit = blankToNull(unit);
		address = blankToNull(address);
	}

	/** Named (实名): a real name or a unit name, and a phone number (SPEC §5). */
	@JsonIgnore
	public boolean isNamed() {
		return (name != null || unit != null) && phone != null;
	}

	@JsonIgnore
	public boolean isEmpty() {
		return name == null && phone == null && idNumber == null && unit == null && address == null;
	}

	/** The mask shown to everyone else: the first character of the name (or unit) and the phone's ends. */
	public ReporterIdentity masked() {
		return new ReporterIdentity(maskName(name != null ? name : unit), maskPhone(phone), null, null, null);
	}

	static String maskName(String name) {
		if (name == null) {
			return null;
		}
		int length = name.codePointCount(0, name.length());
		if (length <= 1) {
			return "*";
		}
		return new String(Character.toChars(name.codePointAt(0))) + "*".repeat(length - 1);
	}

	static String maskPhone(String phone) {
		if (phone == null) {
			return null;
		}
		int length = phone.length();
		if (length >= 11) {
			return phone.substring(0, 3) + "*".repeat(length - 7) + phone.substring(length - 4);
		}
		if (length >= 8) {
			return phone.substring(0, 2) + "*".repeat(length - 6) + phone.substring(length - 4);
		}
		return length <= 2 ? "*".repeat(length) : "*".repeat(length - 2) + phone.substring(length - 2);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
