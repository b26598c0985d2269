package org.ducha.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/** Implemented by a module to put its real figures on the home page of the users who may see them. */
public interface HomeFigureSource {

	List<HomeFigure> figuresFor(Authentication user);
}
