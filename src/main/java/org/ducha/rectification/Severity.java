package org.ducha.rectification;

/** How serious a problem is (SPEC §6.1). */
public enum Severity {
	/** 一般 */
	GENERAL,
	/** 较重 */
	SERIOUS,
	/** 严重 */
	GRAVE
}
