package org.ducha.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/** Implemented by a module to warn the users concerned on their home page. */
public interface HomeNoticeSource {

	List<HomeNotice> noticesFor(Authentication user);
}
