package org.ducha.access;

import org.ducha.shared.DomainException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The page form login, under the same login policy as the API ({@link Logins}). */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Logins logins;

	AccountAuthenticationProvider(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Object credentials = authentication.getCredentials();
		try {
			CurrentUser user = logins.authenticate(authentication.getName(),
					credentials == null ? null : credentials.toString(), LoginChannel.PAGE, address).user();
			UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
					user.authorities());
			result.setDetails(authentication.getDetails());
			return result;
		}
		catch (DomainException e) {
			throw switch (e.code()) {
				case "ACCOUNT_LOCKED" -> new LockedException(e.getMessage());
				case "ACCOUNT_DISABLED" -> new DisabledException(e.getMessage());
				default -> new BadCredentialsException(e.getMessage());
			};
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
