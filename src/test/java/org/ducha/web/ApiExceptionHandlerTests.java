package org.ducha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ducha.calendar.TrafficLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The shared API error shape for request parameters: wrong kind or missing → VALIDATION_FAILED naming the parameter. */
class ApiExceptionHandlerTests {

	@SuppressWarnings("unused")
	void endpoint(@RequestParam(required = false) TrafficLight light, @RequestParam(defaultValue = "0") int page,
			@PathVariable long id) {
	}

	final StaticMessageSource messages = new StaticMessageSource();

	final ApiExceptionHandler handler = new ApiExceptionHandler(messages);

	final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());

	ApiExceptionHandlerTests() {
		messages.addMessage("field.error.must_be_one_of", Locale.SIMPLIFIED_CHINESE, "须为以下之一：{0}");
		messages.addMessage("field.error.not_a_valid_value", Locale.SIMPLIFIED_CHINESE, "不是有效的值");
		messages.addMessage("field.error.required", Locale.SIMPLIFIED_CHINESE, "必填");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	MethodArgumentTypeMismatchException mismatch(int index, String name, Class<?> type, Object value) throws Exception {
		Method method = getClass().getDeclaredMethod("endpoint", TrafficLight.class, int.class, long.class);
		return new MethodArgumentTypeMismatchException(value, type, name, new MethodParameter(method, index), null);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, String>> errors(ResponseEntity<Object> response) {
		ProblemDetail problem = (ProblemDetail) response.getBody();
		assertThat(problem.getProperties()).containsEntry("code", "VALIDATION_FAILED");
		return (List<Map<String, String>>) problem.getProperties().get("errors");
	}

	@Test
	void anEnumParameterOfTheWrongKindListsTheCodes() throws Exception {
		ResponseEntity<Object> response = handler.handleTypeMismatch(mismatch(0, "light", TrafficLight.class, "PURPLE"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response))
			.containsExactly(Map.of("field", "light", "message", "须为以下之一：GREEN, YELLOW, RED"));
	}

	@Test
	void aNumberParameterOfTheWrongKindIsNotAValidValue() throws Exception {
		ResponseEntity<Object> response = handler.handleTypeMismatch(mismatch(1, "page", int.class, "first"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
		assertThat(errors(response)).containsExactly(Map.of("field", "page", "message", "不是有效的值"));
	}

	@Test
	void aPathVariableOfTheWrongKindKeepsTheFrameworksAnswer() throws Exception {
		ResponseEntity<Object> response = handler.handleTypeMismatch(mismatch(2, "id", long.class, "x"),
				new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((ProblemDetail) response.getBody()).getProperties()).doesNotContainKey("errors");
	}

	@Test
	void aMissingRequiredParameterIsRequired() {
		ResponseEntity<Object> response = handler.handleMissingServletRequestParameter(
				new MissingServletRequestParameterException("unitCode", "String"), new HttpHeaders(),
				HttpStatus.BAD_REQUEST, request);
		assertThat(errors(response)).containsExactly(Map.of("field", "unitCode", "message", "必填"));
	}
}
