package org.ducha.web;

/**
 * A notice on a user's home page, e.g. a calendar year that is not loaded. {@code level} is a
 * Bootstrap alert level (danger, warning, info); the text is a message key with arguments.
 */
public record HomeNotice(String level, String messageKey, Object[] args, String href) {
}
