package org.ducha.access;

import java.util.HashSet;
import java.util.Set;

/**
 * The business data a user may see (SPEC §1 数据权限), computed by {@link AccessControl}:
 * <ul>
 * <li>{@code districtWide} — LEADER, OFFICE_DIRECTOR, OFFICER: every unit of the district;</li>
 * <li>{@code unitCodes} — UNIT_PRINCIPAL, UNIT_LIAISON, CADRE: the account's unit and the units below it;</li>
 * <li>{@code ownerUsername} — INTAKE_OFFICER, INSPECTOR: the records this user created itself;</li>
 * <li>nothing — the three administrators and accounts without a business role.</li>
 * </ul>
 * Roles combine: the scope is the union of what each role opens. Services filter with
 * {@link #coversUnit}/{@link #coversRecord} or pass {@link #unitCodes()} as a query parameter;
 * an object outside the scope is answered as not found.
 */
public record DataScope(boolean districtWide, Set<String> unitCodes, String ownerUsername) {

	private static final DataScope NONE = new DataScope(false, Set.of(), null);

	public DataScope {
		unitCodes = districtWide || unitCodes == null ? Set.of() : Set.copyOf(unitCodes);
	}

	public static DataScope none() {
		return NONE;
	}

	public static DataScope district() {
		return new DataScope(true, Set.of(), null);
	}

	public static DataScope units(Set<String> unitCodes) {
		return new DataScope(false, unitCodes, null);
	}

	/** Sees no business data at all. */
	public boolean isNone() {
		return !districtWide && unitCodes.isEmpty() && ownerUsername == null;
	}

	/** Also sees the records created by {@link #ownerUsername()}. */
	public boolean includesOwnRecords() {
		return ownerUsername != null;
	}

	/** Data of this unit is visible. */
	public boolean coversUnit(String unitCode) {
		return districtWide || (unitCode != null && unitCodes.contains(unitCode));
	}

	/** A record of {@code unitCode} created by {@code createdBy} is visible. */
	public boolean coversRecord(String unitCode, String createdBy) {
		return coversUnit(unitCode) || (ownerUsername != null && ownerUsername.equals(createdBy));
	}

	DataScope withOwnRecordsOf(String username) {
		return new DataScope(districtWide, unitCodes, username);
	}

	DataScope union(DataScope other) {
		if (districtWide || other.districtWide) {
			return new DataScope(true, Set.of(), ownerUsername != null ? ownerUsername : other.ownerUsername);
		}
		Set<String> codes = new HashSet<>(unitCodes);
		codes.addAll(other.unitCodes);
		return new DataScope(false, codes, ownerUsername != null ? ownerUsername : other.ownerUsername);
	}
}
