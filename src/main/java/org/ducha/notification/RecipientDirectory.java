package org.ducha.notification;

import java.util.Optional;

/**
 * Where to reach a user outside the application. Implemented by the module that keeps user
 * accounts; without an implementation no e-mail or SMS is sent, only the in-app inbox is filled.
 */
public interface RecipientDirectory {

	Optional<String> emailOf(String username);

	Optional<String> phoneOf(String username);
}
