package org.ducha.intake;

/**
 * An accused cadre as entered: name, unit name and position as written; staff may name the cadre by
 * its roster number ({@code cadreNo}), otherwise the roster is searched by name (and unit).
 */
public record NewAccused(String name, String unitName, String position, String cadreNo) {
}
