package org.ducha.web;

import org.ducha.shared.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A business refusal on a page renders the error page with its status and the localized message. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException e) {
		HttpStatus status = ApiExceptionHandler.statusOf(e.kind());
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("code", e.code());
		mav.addObject("args", e.args());
		return mav;
	}
}
