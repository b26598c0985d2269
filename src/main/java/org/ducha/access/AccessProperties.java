package org.ducha.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login policy settings ({@code ducha.access.*}): failures before a lock, lock duration, API token
 * lifetime, and an optional initial password for the three administrator accounts created on an
 * empty database outside demo mode (a random one is generated and logged once otherwise).
 */
@ConfigurationProperties("ducha.access")
public record AccessProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("8h") Duration tokenTtl, String initialPassword) {
}
