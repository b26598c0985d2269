package org.ducha.web;

/**
 * A number on a user's home page: a message key for its label, the value, and the list it drills
 * down to. Figures are contributed by modules through {@link HomeFigureSource}.
 */
public record HomeFigure(String labelKey, long value, String href) {
}
